/**
 * The operator's view of a running stage: Micrometer meters in a Prometheus registry
 * ({@link dev.verbatim.app.metrics.StageMetrics}) and the HTTP endpoint that serves them with a
 * health check ({@link dev.verbatim.app.metrics.MetricsServer}). The stages report into it; it
 * knows nothing of the launcher.
 */
@NullMarked
package dev.verbatim.app.metrics;

import org.jspecify.annotations.NullMarked;
