/**
 * What operators see of a running Marquee: readiness and liveness checks (MicroProfile Health, at
 * {@code /health}), metrics (MicroProfile Metrics, at {@code /metrics}), one access line per request
 * with its request id, and the start-up summary. The README's "Health and metrics" and "Logs"
 * sections list the names.
 */
package app.marquee.web.ops;
