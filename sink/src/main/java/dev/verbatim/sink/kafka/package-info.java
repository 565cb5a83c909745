/** The consumer loop that moves transcripts from Kafka into a {@link dev.verbatim.sink.TranscriptStore}. */
@NullMarked
package dev.verbatim.sink.kafka;

import org.jspecify.annotations.NullMarked;
