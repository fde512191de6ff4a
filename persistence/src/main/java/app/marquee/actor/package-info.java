/** Reading, searching and changing actors, their contact details and their stuntmen. */
package app.marquee.actor;
