package dev.verbatim.sink;

import dev.verbatim.model.Transcript;
import java.io.IOException;

/**
 * Durable storage for transcripts, keyed by transcript id. Writing the same transcript twice
 * leaves the same state as writing it once, so at-least-once delivery never duplicates.
 */
public interface TranscriptStore {

    /** Stores (or replaces) a transcript; durable once {@link #sync()} returns. */
    void put(Transcript transcript) throws IOException;

    /** Removes the transcript with this id, if any; durable once {@link #sync()} returns. */
    void delete(String id) throws IOException;

    /**
     * Makes every put and delete so far durable. The sink calls it once per batch, before it
     * commits the batch's offsets. Stores that are durable on each call have nothing to do.
     */
    default void sync() throws IOException {
    }
}
