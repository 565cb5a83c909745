package dev.verbatim.clean.steps;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * A date and time found in a text, with the offset when the text states one.
 *
 * @param local  the local date and time, whole seconds (midnight when only a date was given)
 * @param offset the stated offset, if any
 * @param timed  whether the text gave a time of day, not only a date
 * @param start  where the match starts in the text
 * @param end    where the match ends in the text
 * @param swappable whether the text wrote day and month as two numbers that could each be the month,
 *                  without dots ({@code 11/01/2021}): the other reading may be the one meant
 */
record FoundTime(LocalDateTime local, Optional<ZoneOffset> offset, boolean timed, int start, int end,
        boolean swappable) {

    public FoundTime {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(offset, "offset");
    }

    /** A date and time with the offset the text stated, without a position. */
    public FoundTime(LocalDateTime local, Optional<ZoneOffset> offset, boolean timed) {
        this(local, offset, timed, 0, 0, false);
    }

    /** A date and time found between {@code start} and {@code end}, day and month not swappable. */
    public FoundTime(LocalDateTime local, Optional<ZoneOffset> offset, boolean timed, int start, int end) {
        this(local, offset, timed, start, end, false);
    }

    /** Whether the text may have meant {@code day}: this date's day, or its other reading when swappable. */
    public boolean mayBe(LocalDate day) {
        LocalDate own = local.toLocalDate();
        return own.equals(day) || swappable && own.getYear() == day.getYear()
                && own.getDayOfMonth() == day.getMonthValue() && own.getMonthValue() == day.getDayOfMonth();
    }

    /** The instant, using {@code fallback} when the text stated no offset. */
    public OffsetDateTime at(ZoneOffset fallback) {
        return OffsetDateTime.of(local, offset.orElse(fallback));
    }

    /** The instant, using the offset of {@code zone} on that day when the text stated none. */
    public OffsetDateTime in(ZoneId zone) {
        return offset.map(o -> OffsetDateTime.of(local, o)).orElseGet(() -> local.atZone(zone).toOffsetDateTime());
    }

    /** This time with {@code o} as its offset, when it states none. */
    public FoundTime withOffset(ZoneOffset o) {
        return offset.isPresent() ? this : new FoundTime(local, Optional.of(o), timed, start, end, swappable);
    }
}
