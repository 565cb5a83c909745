package dev.verbatim.clean.steps;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Guesses the language of a page from the scripts its text uses, falling back to the declared
 * {@code <html lang>} when the text's script is shared by many languages (Latin, Cyrillic, Arabic).
 * Han text is {@code zh} unless kana marks it as Japanese; Hangul is {@code ko}.
 *
 * <p>Thread-safe and stateless.
 */
public final class LanguageGuesser {

    private static final int SAMPLE = 4000;
    private static final Pattern ENGLISH_WORDS = Pattern.compile("(?i)\\b(?:the|and|of|to|is|that|with|for)\\b");

    /** A BCP-47 primary language subtag, or {@code und}. */
    public String guess(List<String> texts, Optional<String> declared) {
        int han = 0;
        int kana = 0;
        int hangul = 0;
        int letters = 0;
        int seen = 0;
        for (String t : texts) {
            for (int i = 0; i < t.length() && seen < SAMPLE; i++, seen++) {
                char c = t.charAt(i);
                if (c < 128) { // ASCII: a Latin letter or no letter, never one of the scripts counted here
                    letters += (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? 1 : 0;
                    continue;
                }
                if (!Character.isLetter(c)) {
                    continue;
                }
                letters++;
                Character.UnicodeScript s = Character.UnicodeScript.of(c);
                han += s == Character.UnicodeScript.HAN ? 1 : 0;
                kana += ScriptConverter.isKana(s) ? 1 : 0;
                hangul += s == Character.UnicodeScript.HANGUL ? 1 : 0;
            }
        }
        Optional<String> primary = declared.map(d -> d.strip().toLowerCase(Locale.ROOT).split("[-_]")[0])
                .filter(d -> d.matches("[a-z]{2,3}"));
        if (kana * 10 > letters && kana > 0) {
            return "ja";
        }
        if (hangul * 3 > letters && hangul > 0) {
            return "ko";
        }
        if (han * 3 > letters && han > 0) {
            return "zh";
        }
        return primary.orElse(letters > 0 && isMostlyAscii(texts) && hasEnglishWords(texts) ? "en" : "und");
    }

    private static boolean hasEnglishWords(List<String> texts) {
        int hits = 0;
        for (String t : texts) {
            hits += ENGLISH_WORDS.matcher(t).results().limit(3).count();
            if (hits >= 3) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMostlyAscii(List<String> texts) {
        long ascii = 0;
        long all = 0;
        for (String t : texts) {
            for (int i = 0; i < t.length() && all < SAMPLE; i++) {
                char c = t.charAt(i);
                if (Character.isLetter(c)) {
                    all++;
                    ascii += c < 128 ? 1 : 0;
                }
            }
        }
        return all > 0 && ascii * 100 >= all * 98;
    }
}
