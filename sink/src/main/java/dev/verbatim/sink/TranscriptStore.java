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

    /**
     * Stores a transcript made under the rules activation of {@code rulesEpoch}. A store that keeps
     * the epoch never lets a transcript of an older activation replace one of a newer activation; the
     * others store it as {@link #put(Transcript)} does.
     */
    default void put(Transcript transcript, long rulesEpoch) throws IOException {
        put(transcript);
    }

    /** Removes the transcript with this id, if any; durable once {@link #sync()} returns. */
    void delete(String id) throws IOException;

    /**
     * Makes every put and delete so far durable. The sink calls it once per batch, before it
     * commits the batch's offsets. Stores that are durable on each call have nothing to do. When it
     * throws, the puts and deletes since the last sync may be lost: the caller delivers them again.
     */
    default void sync() throws IOException {
    }

    /**
     * Removes every stored transcript made under rules other than {@code rulesVersion} (after a
     * replay has caught up, such transcripts can only be left over); returns how many were removed,
     * once the removals are durable.
     */
    int removeOtherRules(String rulesVersion) throws IOException;
}
