package dev.verbatim.clean.steps;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * A date and time found in a text, with the offset when the text states one.
 *
 * @param local  the local date and time (midnight when only a date was given)
 * @param offset the stated offset, if any
 * @param start  where the match starts in the text
 * @param end    where the match ends in the text
 */
public record FoundTime(LocalDateTime local, Optional<ZoneOffset> offset, int start, int end) {

    public FoundTime {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(offset, "offset");
    }

    /** The instant, using {@code fallback} when the text stated no offset. */
    public OffsetDateTime at(ZoneOffset fallback) {
        return OffsetDateTime.of(local, offset.orElse(fallback));
    }
}
