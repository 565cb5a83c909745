/**
 * The records that cross topics: a {@link dev.verbatim.model.RawPage} on {@code pages.raw}, a
 * {@link dev.verbatim.model.Transcript} on {@code transcripts}, a {@link dev.verbatim.model.Rejection}
 * carried in the headers of {@code pages.rejected}; plus the one JSON mapping of a transcript.
 * Nothing here knows about Kafka or HTML.
 */
@NullMarked
package dev.verbatim.model;

import org.jspecify.annotations.NullMarked;
