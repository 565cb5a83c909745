/**
 * The public face of the cleaning core: {@link dev.verbatim.clean.PageCleaner} turns a
 * {@link dev.verbatim.model.RawPage} into a {@link dev.verbatim.clean.CleanResult}, configured by
 * {@link dev.verbatim.clean.CleanSettings}. Pure: no Kafka, no I/O, no logging.
 */
@NullMarked
package dev.verbatim.clean;

import org.jspecify.annotations.NullMarked;
