/**
 * The PostgreSQL implementation of {@link dev.verbatim.sink.TranscriptStore}: one row per transcript
 * (columns for the metadata, the whole transcript as {@code jsonb}, a full-text column), written in
 * one transaction per batch, with the schema kept by Flyway migrations. JDBC stays here; no Kafka.
 */
@NullMarked
package dev.verbatim.sink.postgres;

import org.jspecify.annotations.NullMarked;
