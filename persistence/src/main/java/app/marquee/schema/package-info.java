/** The database schema: Flyway migrations under {@code db/migration}, applied before Hibernate validates. */
package app.marquee.schema;
