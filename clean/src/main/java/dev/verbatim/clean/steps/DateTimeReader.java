package dev.verbatim.clean.steps;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates and times in a text, in the forms pages print and mark up: ISO-8601 (also the basic
 * form {@code 20200516T14:51:53Z} and fractional seconds, which are dropped), {@code 2025/11/26},
 * {@code 2025年11月26日 16:13} (full-width digits too), day-first numeric {@code 26.11.2025} and
 * {@code 26/11/2025}, {@code 26 | 11 | 2025} ({@code 11/26/2025} when the day cannot be the month, or when the caller
 * reads month-first), month names of seven languages ({@code 26. November 2025},
 * {@code Nov 26, 2025}, {@code 26 de noviembre de 2025}, RFC 2822 {@code Wed, 26 Nov 2025 16:13:07 +0000}),
 * a time of day with {@code am/pm}, {@code Uhr} or {@code h}, and an offset or zone name after it
 * ({@code +0200}, {@code UTC}, {@code 05:07 AM EDT}). A date needs a year: {@code 11月26日}
 * alone is not a date. Missing seconds are zero.
 *
 * <p>Thread-safe and stateless.
 */
final class DateTimeReader {

    private static final String TIME = "(?:\\s*(?:T|,|\\||-|–|—|·|/|@|at|um|à|a las|alle|às|om|kl\\.?)?\\s*"
            + "(\\d{1,2})\\s*[:时時点點hH]\\s*(\\d{2})(?!\\d)(?:\\s*[:分]\\s*(\\d{1,2})(?!\\d)(?:[.,]\\d+)?)?\\s*[秒分]?"
            + "(?:\\s*(?:Uhr|h|hrs)\\b)?(?:\\s*([aApP])\\.?\\s?[mM]\\.?(?![\\p{L}]))?"
            + "(?:\\s*\\(?\\s*(Z(?![\\p{L}])|(?:UTC|GMT)\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?|[+-]\\d{2}(?::?\\d{2})?(?!\\d)"
            + "|(?-i:[A-Z]{2,5})(?![\\p{L}])))?)?";
    static final Pattern YMD = Pattern.compile(
            "(?<![\\d.])(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)(?:\\s*日)?" + TIME,
            Pattern.CASE_INSENSITIVE);
    static final Pattern BASIC = Pattern.compile(
            "(?<!\\d)(\\d{4})(\\d{2})(\\d{2})T(\\d{2}):?(\\d{2})(?::?(\\d{2}))?(?:[.,]\\d+)?(Z|[+-]\\d{2}:?\\d{2})?");
    static final Pattern DMY = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\s?([./|-])\\s?(\\d{1,2})\\s?\\2\\s?(\\d{4})(?!\\d)" + TIME, Pattern.CASE_INSENSITIVE);
    /** A day-first date with a two-digit year, {@code 28.01.22}: read only where a line is nothing else. */
    private static final Pattern SHORT_YEAR = Pattern.compile(
            "(?<![\\d.])(\\d{2})\\.(\\d{2})\\.(\\d{2})(?![\\d.])" + TIME, Pattern.CASE_INSENSITIVE);
    /** Two-digit years from this one on are in the 1900s ({@code 28.01.98}), below it in the 2000s. */
    private static final int CENTURY_PIVOT = 70;
    static final Pattern DAY_NAME = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})(?:\\.|º|°|er|st|nd|rd|th)?[\\s-]*(?:de\\s+)?(\\p{L}{3,12})\\.?,?[\\s-]*(?:de\\s+|del\\s+)?"
                    + "(\\d{4})(?!\\d)" + TIME, Pattern.CASE_INSENSITIVE);
    static final Pattern NAME_DAY = Pattern.compile(
            "(?<![\\p{L}])(\\p{L}{3,12})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)" + TIME,
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, ZoneId> BUILT_IN_ZONES = Map.of("z", ZoneOffset.UTC, "utc", ZoneOffset.UTC,
            "gmt", ZoneOffset.UTC);

    private final Map<String, ZoneId> zoneNames;
    private final MonthNames months = MonthNames.instance();

    /** A reader that knows the zone names of {@code rules}. */
    public DateTimeReader(DateRules rules) {
        this(DateRules.zones("dates.zone_names", rules.zoneNames()));
    }

    /** A reader that knows the zone abbreviations {@code zoneNames} (lower-case name to zone). */
    public DateTimeReader(Map<String, ZoneId> zoneNames) {
        Map<String, ZoneId> all = new HashMap<>(zoneNames);
        all.putAll(BUILT_IN_ZONES);
        this.zoneNames = Map.copyOf(all);
    }

    /** The first date in {@code text}, reading ambiguous numeric dates day-first. */
    public Optional<FoundTime> find(String text) {
        return find(text, false);
    }

    /** The first date in {@code text}; {@code monthFirst} reads {@code 04/05/2020} as April 5. */
    public Optional<FoundTime> find(String text, boolean monthFirst) {
        List<FoundTime> all = findAll(text, monthFirst);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Every date in {@code text}, in text order, none overlapping another. */
    public List<FoundTime> findAll(String text, boolean monthFirst) {
        String s = halfWidth(text);
        DateShapes shapes = DateShapes.of(s);
        List<FoundTime> found = new ArrayList<>();
        if (shapes.yearFirst()) {
            collect(YMD.matcher(s), found, m -> ymd(m));
        }
        if (shapes.basic()) {
            collect(BASIC.matcher(s), found, this::basic);
        }
        if (shapes.dayFirst()) {
            collect(DMY.matcher(s), found, m -> dmy(m, monthFirst));
        }
        if (shapes.named()) {
            collect(DAY_NAME.matcher(s), found, m -> named(m, 2, 1, 3));
            collect(NAME_DAY.matcher(s), found, m -> named(m, 1, 2, 3));
        }
        if (found.isEmpty()) {
            return List.of();
        }
        found.sort(Comparator.comparingInt(FoundTime::start).thenComparing(Comparator.comparingInt(FoundTime::end).reversed()));
        List<FoundTime> out = new ArrayList<>();
        int end = -1;
        for (FoundTime t : found) {
            if (t.start() >= end) {
                out.add(t);
                end = t.end();
            }
        }
        return out;
    }

    /**
     * The date of a short line that prints it day first with a two-digit year ({@code 31.10.23},
     * {@code Anmeldedatum: 26.10.13}): a form too loose to read in running text.
     */
    public Optional<FoundTime> findShortYear(String line) {
        Matcher m = SHORT_YEAR.matcher(halfWidth(line));
        if (!m.find()) {
            return Optional.empty();
        }
        int yy = num(m, 3);
        return build(m, yy >= CENTURY_PIVOT ? 1900 + yy : 2000 + yy, num(m, 2), num(m, 1), 4);
    }

    private interface Reading {
        Optional<FoundTime> read(Matcher m);
    }

    private static void collect(Matcher m, List<FoundTime> out, Reading reading) {
        while (m.find()) {
            reading.read(m).ifPresent(out::add);
        }
    }

    private Optional<FoundTime> ymd(Matcher m) {
        return build(m, num(m, 1), num(m, 2), num(m, 3), 4);
    }

    private Optional<FoundTime> basic(Matcher m) {
        return local(num(m, 1), num(m, 2), num(m, 3), num(m, 4), num(m, 5), m.group(6) == null ? 0 : num(m, 6))
                .map(l -> new FoundTime(l, Optional.ofNullable(m.group(7)).flatMap(z -> offset(z, l)), true,
                        m.start(), m.end()));
    }

    private Optional<FoundTime> dmy(Matcher m, boolean monthFirst) {
        int a = num(m, 1);
        int b = num(m, 3);
        boolean swap = b > 12 || (monthFirst && a <= 12 && !m.group(2).equals("."));
        Optional<FoundTime> t = swap ? build(m, num(m, 4), a, b, 5) : build(m, num(m, 4), b, a, 5);
        // Dots are day first everywhere (26.11.2025); slashes and dashes are written both ways.
        boolean swappable = a <= 12 && b <= 12 && a != b && !m.group(2).equals(".");
        return t.map(f -> swappable ? new FoundTime(f.local(), f.offset(), f.timed(), f.start(), f.end(), true) : f);
    }

    private Optional<FoundTime> named(Matcher m, int monthGroup, int dayGroup, int yearGroup) {
        OptionalInt month = months.month(m.group(monthGroup));
        if (month.isEmpty()) {
            return Optional.empty();
        }
        return build(m, num(m, yearGroup), month.getAsInt(), num(m, dayGroup), 4);
    }

    /** A date from its parts and the time groups that start at {@code timeGroup}. */
    private Optional<FoundTime> build(Matcher m, int year, int month, int day, int timeGroup) {
        boolean timed = m.group(timeGroup) != null;
        int hour = timed ? num(m, timeGroup) : 0;
        String half = m.group(timeGroup + 3);
        if (half != null && hour <= 12) {
            hour = hour % 12 + (half.equalsIgnoreCase("p") ? 12 : 0);
        }
        int minute = timed ? num(m, timeGroup + 1) : 0;
        int second = m.group(timeGroup + 2) == null ? 0 : num(m, timeGroup + 2);
        String zone = m.group(timeGroup + 4);
        Optional<LocalDateTime> local = local(year, month, day, hour, minute, second);
        if (local.isEmpty()) {
            return Optional.empty();
        }
        Optional<ZoneOffset> offset = zone == null ? Optional.empty() : offset(zone, local.get());
        int end = zone == null || offset.isPresent() ? m.end() : m.start(timeGroup + 4);
        return Optional.of(new FoundTime(local.get(), offset, timed, m.start(), trimEnd(m, end)));
    }

    private static int trimEnd(Matcher m, int end) {
        CharSequence s = m.group();
        int e = end - m.start();
        while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) {
            e--;
        }
        return m.start() + e;
    }

    private static Optional<LocalDateTime> local(int year, int month, int day, int hour, int minute, int second) {
        if (year < 1900 || year > 2100) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.of(year, month, day, hour, minute, second));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private Optional<ZoneOffset> offset(String zone, LocalDateTime local) {
        String z = zone.replace(" ", "");
        ZoneId named = zoneNames.get(z.toLowerCase(Locale.ROOT));
        if (named != null) {
            return Optional.of(named.getRules().getOffset(local));
        }
        String digits = z.replaceFirst("^(?i:UTC|GMT)", "");
        if (digits.isEmpty() || !(digits.charAt(0) == '+' || digits.charAt(0) == '-')) {
            return Optional.empty();
        }
        try {
            String sign = digits.substring(0, 1);
            String[] hm = digits.substring(1).contains(":") ? digits.substring(1).split(":")
                    : digits.length() > 3 ? new String[] {digits.substring(1, digits.length() - 2),
                        digits.substring(digits.length() - 2)} : new String[] {digits.substring(1), "0"};
            int h = Integer.parseInt(hm[0]);
            int mi = Integer.parseInt(hm[1]);
            return Optional.of(ZoneOffset.ofHoursMinutes(sign.equals("-") ? -h : h, sign.equals("-") ? -mi : mi));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** Full-width digits, colon and spaces as ASCII, one character for one, so positions stay the same. */
    private static String halfWidth(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char h = c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c == '：' ? ':'
                    : c == '\u00a0' || c == '\u3000' ? ' ' : c;
            if (h != c && sb == null) {
                sb = new StringBuilder(text);
            }
            if (sb != null) {
                sb.setCharAt(i, h);
            }
        }
        return sb == null ? text : sb.toString();
    }
}
