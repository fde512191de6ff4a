/**
 * What happens to a request before Payara reads it: a filter in Payara's Grizzly network listeners
 * refuses the requests Payara itself cannot decode (payara/Payara#8000), which no servlet filter ever
 * sees. Reaches into Payara's internals; everything else in Marquee is plain Jakarta EE.
 */
package app.marquee.web.transport;
