/**
 * The launcher: the typed configuration ({@link dev.verbatim.app.PipelineConfig}, loaded by
 * {@link dev.verbatim.app.ConfigLoader}), the {@code verbatim} command line and the orchestration
 * of the stages in one process.
 */
@NullMarked
package dev.verbatim.app;

import org.jspecify.annotations.NullMarked;
