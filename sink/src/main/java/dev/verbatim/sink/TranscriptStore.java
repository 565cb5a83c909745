package dev.verbatim.sink;

import dev.verbatim.model.Transcript;
import java.io.IOException;

/**
 * Durable storage for transcripts, keyed by transcript id. Writing the same transcript twice
 * leaves the same state as writing it once, so at-least-once delivery never duplicates.
 */
public interface TranscriptStore {

    /** Stores (or replaces) a transcript; returns once it is durable. */
    void put(Transcript transcript) throws IOException;

    /** Removes the transcript with this id, if any; returns once the removal is durable. */
    void delete(String id) throws IOException;
}
