package dev.verbatim.clean.steps;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Charset labels, as found in headers, meta tags and detector output, mapped to the Java charset
 * a browser would really use. Following the WHATWG Encoding spec, GB2312 and GBK labels read as
 * GB18030 (pages labelled gb2312 routinely hold GBK-only characters), Big5 as Big5-HKSCS, and
 * ISO-8859-1 and US-ASCII as windows-1252. Other labels go to {@link Charset#forName}; unknown or
 * illegal labels give an empty result, never an exception.
 *
 * <p>Immutable and thread-safe; the alias table is built once per class load.
 */
final class CharsetLabels {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset BIG5 = firstSupported("Big5-HKSCS", "Big5");
    private static final Map<String, Charset> ALIASES = aliases();

    private CharsetLabels() {}

    /** The charset a label stands for, or empty when the label is unknown or unsupported. */
    static Optional<Charset> resolve(String label) {
        String key = normalize(label);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Charset alias = ALIASES.get(key);
        return alias != null ? Optional.of(alias) : lookUp(key);
    }

    /**
     * The charset a {@code <meta>} label stands for. A meta tag is read from ASCII bytes, so a
     * UTF-16 or UTF-32 label there is wrong by construction and reads as UTF-8 (WHATWG).
     */
    static Optional<Charset> resolveMeta(String label) {
        return resolve(label).map(cs -> wide(cs) ? StandardCharsets.UTF_8 : cs);
    }

    /** Whether ASCII text in this charset contains NUL bytes (UTF-16 and UTF-32). */
    static boolean wide(Charset charset) {
        String name = charset.name().toUpperCase(Locale.ROOT);
        return name.startsWith("UTF-16") || name.startsWith("UTF-32") || name.startsWith("X-UTF-32");
    }

    private static Optional<Charset> lookUp(String key) {
        try {
            return Charset.isSupported(key) ? Optional.of(Charset.forName(key)) : Optional.empty();
        } catch (IllegalCharsetNameException e) {
            return Optional.empty();
        }
    }

    private static String normalize(String label) {
        String key = label.strip().toLowerCase(Locale.ROOT);
        int start = 0;
        int end = key.length();
        while (start < end && isQuote(key.charAt(start))) {
            start++;
        }
        while (end > start && isQuote(key.charAt(end - 1))) {
            end--;
        }
        return key.substring(start, end).strip();
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'';
    }

    private static Map<String, Charset> aliases() {
        Map<String, Charset> map = new HashMap<>();
        put(map, GB18030, "gb2312", "gbk", "x-gbk", "gb_2312-80", "gb_2312", "cp936", "ms936",
                "windows-936", "csgb2312", "chinese", "iso-ir-58", "csiso58gb231280", "euc-cn",
                "x-euc-cn", "gb18030");
        put(map, BIG5, "big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5", "x-big5", "big-5");
        put(map, WINDOWS_1252, "iso-8859-1", "iso8859-1", "iso_8859-1", "iso88591", "latin1", "l1",
                "cp819", "ibm819", "csisolatin1", "iso-ir-100", "us-ascii", "ascii", "ansi_x3.4-1968",
                "windows-1252", "cp1252", "x-cp1252");
        put(map, StandardCharsets.UTF_8, "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8",
                "unicode20utf8", "x-unicode20utf8");
        put(map, firstSupported("windows-31j", "Shift_JIS"), "shift_jis", "shift-jis", "sjis",
                "ms_kanji", "x-sjis", "csshiftjis", "windows-31j", "ms932");
        put(map, firstSupported("x-windows-949", "EUC-KR"), "euc-kr", "ks_c_5601-1987", "cseuckr",
                "windows-949", "cp949", "korean");
        put(map, firstSupported("windows-874", "TIS-620"), "tis-620", "iso-8859-11", "windows-874");
        put(map, firstSupported("windows-1254", "ISO-8859-9"), "iso-8859-9", "latin5", "l5");
        return Map.copyOf(map);
    }

    private static void put(Map<String, Charset> map, Charset charset, String... labels) {
        for (String label : labels) {
            map.put(label, charset);
        }
    }

    private static Charset firstSupported(String preferred, String fallback) {
        return Charset.isSupported(preferred) ? Charset.forName(preferred) : Charset.forName(fallback);
    }
}
