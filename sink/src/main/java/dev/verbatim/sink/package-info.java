/**
 * Where transcripts end up: the {@link dev.verbatim.sink.TranscriptStore} interface and its
 * directory implementation (JSON plus a readable Markdown rendering). No Kafka here; the consumer
 * loop lives in {@code dev.verbatim.sink.kafka}.
 */
@NullMarked
package dev.verbatim.sink;

import org.jspecify.annotations.NullMarked;
