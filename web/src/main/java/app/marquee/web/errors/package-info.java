/**
 * How failures reach people and programs: every error becomes a clear answer with the right status,
 * an HTML page for the browser and {@code application/problem+json} (RFC 9457) under {@code /api}.
 * No stack trace or exception text is ever shown.
 */
package app.marquee.web.errors;
