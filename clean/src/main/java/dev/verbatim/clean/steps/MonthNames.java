package dev.verbatim.clean.steps;

import java.text.DateFormatSymbols;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Month names of the languages whose printed dates the cleaner reads (English, German, French,
 * Spanish, Italian, Portuguese, Dutch), taken from the JDK's locale data: full and abbreviated,
 * formatting and stand-alone forms, plus every unambiguous prefix of at least three letters of a
 * full name ({@code Sept}, {@code Dez}, {@code janv}).
 *
 * <p>Immutable and thread-safe.
 */
final class MonthNames {

    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH,
            Locale.forLanguageTag("es"), Locale.ITALIAN, Locale.forLanguageTag("pt"), Locale.forLanguageTag("nl"));
    private static final TextStyle[] STYLES = {TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT,
        TextStyle.SHORT_STANDALONE};
    private static final int MIN_PREFIX = 3;
    private static final MonthNames INSTANCE = new MonthNames();

    private final Map<String, Integer> months;

    private MonthNames() {
        Map<String, Integer> exact = new HashMap<>();
        Map<String, Integer> prefixes = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Locale locale : LOCALES) {
            DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
            for (Month m : Month.values()) {
                for (TextStyle style : STYLES) {
                    put(exact, ambiguous, m.getDisplayName(style, locale), m.getValue());
                }
                put(exact, ambiguous, symbols.getMonths()[m.ordinal()], m.getValue());
                put(exact, ambiguous, symbols.getShortMonths()[m.ordinal()], m.getValue());
                String full = clean(m.getDisplayName(TextStyle.FULL_STANDALONE, locale));
                for (int n = MIN_PREFIX; n < full.length(); n++) {
                    put(prefixes, ambiguous, full.substring(0, n), m.getValue());
                }
            }
        }
        ambiguous.forEach(prefixes::remove);
        prefixes.putAll(exact);
        this.months = Map.copyOf(prefixes);
    }

    /** The shared instance (built once from the JDK's locale data). */
    static MonthNames instance() {
        return INSTANCE;
    }

    /** The month (1-12) that {@code word} names, ignoring case and a trailing dot. */
    OptionalInt month(String word) {
        Integer m = months.get(clean(word));
        return m == null ? OptionalInt.empty() : OptionalInt.of(m);
    }

    private static void put(Map<String, Integer> map, Set<String> ambiguous, String name, int month) {
        String key = clean(name);
        if (key.length() < MIN_PREFIX || key.chars().anyMatch(Character::isDigit)) {
            return;
        }
        Integer before = map.putIfAbsent(key, month);
        if (before != null && before != month) {
            ambiguous.add(key);
        }
    }

    private static String clean(String name) {
        String s = name.strip().toLowerCase(Locale.ROOT);
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
