package dev.verbatim.clean.kafka;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the clean processor forwards: a transcript (JSON) or a tombstone for the transcripts topic,
 * or the original page bytes for the rejected topic.
 *
 * @param rejected whether this goes to the rejected topic
 * @param payload  the bytes to write; {@code null} only for a transcript tombstone
 */
record Routed(boolean rejected, byte @Nullable [] payload) {
    Routed {
        if (rejected) {
            Objects.requireNonNull(payload, "payload");
        }
    }

    static Routed transcript(byte[] json) {
        return new Routed(false, json);
    }

    static Routed tombstone() {
        return new Routed(false, null);
    }

    static Routed rejectedPage(byte[] original) {
        return new Routed(true, original);
    }
}
