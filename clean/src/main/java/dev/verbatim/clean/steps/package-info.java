/**
 * The named steps of the cleaning core (decode, extract, filter, metadata, script, segment) and
 * the small records that pass between them. Internal: public only so that
 * {@link dev.verbatim.clean.PageCleaner} and the benchmarks can reach them; not an API.
 */
@NullMarked
package dev.verbatim.clean.steps;

import org.jspecify.annotations.NullMarked;
