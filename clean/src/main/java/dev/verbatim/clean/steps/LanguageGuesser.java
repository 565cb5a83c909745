package dev.verbatim.clean.steps;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.BuiltInLanguages;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Guesses the language of a page. The cheap path decides most pages from the scripts the text uses
 * (Han is {@code zh} unless kana marks it as Japanese, Hangul is {@code ko}) and from English function
 * words. Other pages go to an n-gram language detector restricted to the configured languages, whose
 * profiles load once, on the first page that needs them; the declared {@code <html lang>} is the
 * fallback when the detector is unsure, and wins over it on a page of only a few words.
 *
 * <p>Thread-safe: the detector is built once and only read; detection is seeded, so equal texts give
 * equal answers.
 */
public final class LanguageGuesser {

    private static final int SAMPLE = 4000;
    /** Characters of text given to the detector: enough for a sure answer, cheap to score. */
    private static final int DETECT_SAMPLE = 2000;
    private static final double MIN_CONFIDENCE = 0.9;
    /** Below this many characters of text the detector does not overrule a declared language. */
    private static final int SURE_SAMPLE = 200;
    private static final long SEED = 41L;
    /** Between the subtags of a declared language ({@code en-GB}, {@code zh_TW}); compiled once, not per page. */
    private static final Pattern SUBTAG_SEPARATOR = Pattern.compile("[-_]");
    private static final Pattern PRIMARY_SUBTAG = Pattern.compile("[a-z]{2,3}");
    /** English function words: in English prose about a third of all words are among them. */
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "a", "in", "is", "that", "for", "it",
            "with", "as", "was", "on", "be", "are", "he", "she", "they", "this", "by", "at", "from", "have", "has",
            "had", "not", "but", "or", "his", "her", "their", "we", "you", "i", "will", "would", "which", "who");
    /** The words of {@link #ENGLISH} as {@link #code}s, sorted: looked up without building a lower-cased word. */
    private static final int[] ENGLISH_CODES = ENGLISH.stream().mapToInt(w -> code(w, 0, w.length())).sorted().toArray();
    /** Length of the longest of {@link #ENGLISH}. */
    private static final int LONGEST_FUNCTION_WORD = ENGLISH.stream().mapToInt(String::length).max().orElse(0);
    /** Least share of English function words among the words of an English text, in percent. */
    private static final int ENGLISH_PERCENT = 20;

    private final List<String> languages;
    private volatile @Nullable LanguageDetector detector;

    /**
     * A guesser whose detector knows {@code languages} (ISO 639-1 codes); throws
     * {@link IllegalArgumentException} naming a language the detector has no profile for.
     */
    public LanguageGuesser(List<String> languages) {
        Set<String> known = BuiltInLanguages.getLanguages().stream().map(LdLocale::toString).collect(
                java.util.stream.Collectors.toUnmodifiableSet());
        for (String code : languages) {
            if (!known.contains(code)) {
                throw new IllegalArgumentException("metadata.detect_languages: no language profile for '" + code + "'");
            }
        }
        this.languages = List.copyOf(languages);
    }

    /** A BCP-47 primary language subtag, or {@code und}. */
    public String guess(List<String> texts, Optional<String> declared) {
        Optional<String> byScript = byScript(texts);
        if (byScript.isPresent()) {
            return byScript.get();
        }
        Optional<String> primary = declared.map(d -> SUBTAG_SEPARATOR.split(d.strip().toLowerCase(Locale.ROOT))[0])
                .filter(d -> PRIMARY_SUBTAG.matcher(d).matches());
        String sample = sample(texts);
        if (sample.isBlank()) {
            return primary.orElse("und");
        }
        if (isEnglish(sample)) {
            return "en";
        }
        if (sample.length() < SURE_SAMPLE && primary.isPresent()) {
            return primary.get(); // a few words are too few to overrule the page's own declaration
        }
        return detect(sample).or(() -> primary).orElse("und");
    }

    /** {@code ja}, {@code ko} or {@code zh} when kana, Hangul or Han make up enough of the letters. */
    private static Optional<String> byScript(List<String> texts) {
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
        if (kana * 10 > letters && kana > 0) {
            return Optional.of("ja");
        }
        if (hangul * 3 > letters && hangul > 0) {
            return Optional.of("ko");
        }
        return han * 3 > letters && han > 0 ? Optional.of("zh") : Optional.empty();
    }

    private static String sample(List<String> texts) {
        StringBuilder sb = new StringBuilder();
        for (String t : texts) {
            if (sb.length() >= DETECT_SAMPLE) {
                break;
            }
            sb.append(t, 0, Math.min(t.length(), DETECT_SAMPLE - sb.length())).append('\n');
        }
        return sb.toString();
    }

    /**
     * True when enough of the words (runs of letters and apostrophes, as {@code [\\p{L}']+}) are English
     * function words. One walk over the code points; only a word as short as the longest function word
     * is looked up (lower-casing never shortens a word), by its {@link #code}.
     */
    private static boolean isEnglish(String sample) {
        int words = 0;
        int english = 0;
        int start = -1;
        for (int i = 0; i <= sample.length(); ) {
            int c = i < sample.length() ? sample.codePointAt(i) : ' ';
            boolean inWord = c == '\'' || Character.isLetter(c);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words++;
                english += i - start <= LONGEST_FUNCTION_WORD
                        && Arrays.binarySearch(ENGLISH_CODES, code(sample, start, i)) >= 0 ? 1 : 0;
                start = -1;
            }
            i += Character.charCount(c);
        }
        return words > 0 && english * 100 >= words * ENGLISH_PERCENT;
    }

    /**
     * The letters of {@code s[start, end)}, lower-cased as {@code toLowerCase(Locale.ROOT)} does, as base-32
     * digits ({@code a} is 1, {@code z} 26); -1 when one of them is not {@code a-z} once lower-cased (U+0130
     * lower-cases to two characters, so never to a function word). At most six letters.
     */
    private static int code(String s, int start, int end) {
        if (end - start > 6) {
            return -1;
        }
        int code = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            char lower = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c)
                    : c == '\u0130' ? 0 : Character.toLowerCase(c);
            if (lower < 'a' || lower > 'z') {
                return -1;
            }
            code = code * 32 + (lower - 'a' + 1);
        }
        return code;
    }

    private Optional<String> detect(String sample) {
        List<DetectedLanguage> found = detector().getProbabilities(sample);
        return found.isEmpty() || found.get(0).getProbability() < MIN_CONFIDENCE ? Optional.empty()
                : Optional.of(found.get(0).getLocale().getLanguage());
    }

    /** The detector, built on first use: pages in Chinese and English never pay for loading its profiles. */
    private LanguageDetector detector() {
        LanguageDetector d = detector;
        if (d == null) {
            synchronized (this) {
                d = detector;
                if (d == null) {
                    d = build(languages);
                    detector = d;
                }
            }
        }
        return d;
    }

    private static LanguageDetector build(List<String> languages) {
        try {
            List<LanguageProfile> profiles = new LanguageProfileReader().readBuiltIn(
                    languages.stream().map(LdLocale::fromString).toList());
            return LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles).seed(SEED).build();
        } catch (IOException e) {
            throw new UncheckedIOException("the language profiles are missing from the classpath", e);
        }
    }
}
