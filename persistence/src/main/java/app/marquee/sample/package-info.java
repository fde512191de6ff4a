/** The tutorial's sample data, loaded on first start of the embedded database. */
package app.marquee.sample;
