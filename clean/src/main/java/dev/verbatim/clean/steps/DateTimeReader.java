package dev.verbatim.clean.steps;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a publication date and time in a text: ISO-8601 forms, {@code 2025-11-26 16:13:07},
 * {@code 2025/11/26}, {@code 2025年11月26日 16:13} and English {@code October 2, 2025}. A date
 * needs a year: {@code 11月26日} alone is not a date. Missing seconds are zero.
 *
 * <p>Thread-safe and stateless.
 */
public final class DateTimeReader {

    private static final Pattern NUMERIC = Pattern.compile(
            "(?<!\\d)(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
                    + "(?:(?:T|\\s*)(\\d{1,2})\\s*[:：时時点點]\\s*(\\d{1,2})(?:\\s*[:：分]\\s*(\\d{1,2})(?:\\.\\d+)?)?)?"
                    + "\\s*(Z|[+-]\\d{2}:?\\d{2})?(?!\\d)");
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})"
                    + "(?:,?\\s+(?:at\\s+)?(\\d{1,2}):(\\d{2})\\s*([ap])\\.?m\\.?)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_FIRST = Pattern.compile(
            "\\b(\\d{1,2})\\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?,?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

    /** The first date in {@code text}, if any. */
    public Optional<FoundTime> find(String text) {
        Matcher m = NUMERIC.matcher(text);
        while (m.find()) {
            Optional<FoundTime> t = numeric(m);
            if (t.isPresent()) {
                return t;
            }
        }
        Matcher e = ENGLISH.matcher(text);
        while (e.find()) {
            Optional<FoundTime> t = english(e);
            if (t.isPresent()) {
                return t;
            }
        }
        Matcher d = DAY_FIRST.matcher(text);
        while (d.find()) {
            int month = MONTHS.indexOf(d.group(2).substring(0, 3).toLowerCase(Locale.ROOT)) / 3 + 1;
            Optional<FoundTime> t = build(Integer.parseInt(d.group(3)), month, Integer.parseInt(d.group(1)), 0, 0, 0,
                    Optional.empty(), d);
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }

    private static Optional<FoundTime> numeric(Matcher m) {
        int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
        int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        Optional<ZoneOffset> offset = Optional.ofNullable(m.group(7)).flatMap(DateTimeReader::offset);
        return build(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                hour, minute, second, offset, m);
    }

    private static Optional<FoundTime> english(Matcher m) {
        int month = MONTHS.indexOf(m.group(1).substring(0, 3).toLowerCase(Locale.ROOT)) / 3 + 1;
        int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4)) % 12;
        if (m.group(6) != null && m.group(6).equalsIgnoreCase("p")) {
            hour += 12;
        }
        int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
        return build(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)), hour, minute, 0,
                Optional.empty(), m);
    }

    private static Optional<FoundTime> build(int year, int month, int day, int hour, int minute, int second,
            Optional<ZoneOffset> offset, Matcher m) {
        if (year < 1990 || year > 2100) {
            return Optional.empty();
        }
        try {
            LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second);
            return Optional.of(new FoundTime(local, offset, m.start(), m.end()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<ZoneOffset> offset(String s) {
        try {
            String id = s.length() == 5 && !s.contains(":") ? s.substring(0, 3) + ":" + s.substring(3) : s;
            return Optional.of(ZoneOffset.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
