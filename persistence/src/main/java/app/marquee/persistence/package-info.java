/** What every repository shares: its failures, and the container-defined connection pool. */
package app.marquee.persistence;
