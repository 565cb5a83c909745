package dev.verbatim.clean.steps;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import dev.verbatim.model.Script;
import dev.verbatim.model.ScriptState;
import java.util.BitSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Detects whether Chinese text is Simplified, Traditional or a mix, and converts text to the
 * configured script with OpenCC4j's character and phrase tables (never the Taiwan or Hong Kong
 * regional vocabulary). Text without Han characters is returned as is without touching OpenCC.
 *
 * <p>The OpenCC dictionaries are loaded in the constructor. Thread-safe: OpenCC4j's tables are
 * read-only after loading and this class holds only the immutable policy.
 */
public final class ScriptConverter {

    /** Below this share, the other script's characters count as stray leaks, not a mix. */
    private static final double MIX_SHARE = 0.01;
    private static final int MIX_MIN_CHARS = 10;

    private static final int MAX_PASSES = 3;
    private static final char HAN_FIRST = '\u3400';
    private static final char HAN_LAST = '\u9FFF';

    private final ScriptPolicy policy;
    /** Characters that only Traditional text uses (OpenCC changes them to Simplified). */
    private final BitSet traditionalOnly = new BitSet();
    /** Characters that only Simplified text uses (OpenCC changes them to Traditional). */
    private final BitSet simplifiedOnly = new BitSet();
    /** Characters OpenCC may change when converting to Simplified; text without any is left alone. */
    private final BitSet toSimplified = new BitSet();
    /** Characters OpenCC may change when converting to Traditional. */
    private final BitSet toTraditional = new BitSet();

    /** Loads the OpenCC tables and indexes the script-specific characters; takes a fraction of a second. */
    public ScriptConverter(ScriptPolicy policy) {
        this.policy = policy;
        for (char c = HAN_FIRST; c <= HAN_LAST; c++) {
            List<String> simple = ZhConverterUtil.toSimple(c);
            List<String> traditional = ZhConverterUtil.toTraditional(c);
            toSimplified.set(c, mayChange(simple, c));
            toTraditional.set(c, mayChange(traditional, c));
            if (changes(simple, c)) {
                traditionalOnly.set(c);
            } else if (changes(traditional, c)) {
                simplifiedOnly.set(c);
            }
        }
        ZhConverterUtil.toSimple("載入");
        ZhConverterUtil.toTraditional("载入");
    }

    private static boolean mayChange(@Nullable List<String> mapped, char c) {
        return mapped != null && !mapped.isEmpty() && !(mapped.size() == 1 && mapped.get(0).equals(String.valueOf(c)));
    }

    private static boolean changes(@Nullable List<String> mapped, char c) {
        // A character that can map to itself (后 for 后/後) is shared by both scripts, not specific.
        return mapped != null && !mapped.isEmpty() && !mapped.contains(String.valueOf(c));
    }

    /** The script of the texts, judged on characters that differ between the two scripts. */
    public ScriptState detect(List<String> texts) {
        int traditional = 0;
        int simplified = 0;
        int han = 0;
        for (String text : texts) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!isHan(c)) {
                    continue;
                }
                han++;
                if (traditionalOnly.get(c)) {
                    traditional++;
                } else if (simplifiedOnly.get(c)) {
                    simplified++;
                }
            }
        }
        return classify(han, traditional, simplified);
    }

    private static ScriptState classify(int han, int traditional, int simplified) {
        if (han == 0) {
            return ScriptState.NONE;
        }
        int specific = traditional + simplified;
        if (specific == 0) {
            return ScriptState.HANS;
        }
        boolean someTraditional = traditional >= MIX_MIN_CHARS && traditional >= MIX_SHARE * specific;
        boolean someSimplified = simplified >= MIX_MIN_CHARS && simplified >= MIX_SHARE * specific;
        if (someTraditional && someSimplified) {
            return ScriptState.MIXED;
        }
        return traditional > simplified ? ScriptState.HANT : ScriptState.HANS;
    }

    /** The script pair recorded on the transcript for a page detected as {@code detected}. */
    public Script script(ScriptState detected) {
        if (detected == ScriptState.NONE) {
            return Script.NONE;
        }
        return switch (policy) {
            case HANS -> new Script(detected, ScriptState.HANS);
            case HANT -> new Script(detected, ScriptState.HANT);
            case KEEP -> new Script(detected, detected == ScriptState.MIXED ? ScriptState.HANT : detected);
        };
    }

    /** {@code text} in the policy's script; unchanged when it holds no Han character or the policy keeps it. */
    public String convert(String text) {
        return policy == ScriptPolicy.KEEP ? text : convert(text, policy == ScriptPolicy.HANS);
    }

    /** {@code text} in Simplified whatever the policy: the form the cleaning rules match against. */
    public String simplified(String text) {
        return convert(text, true);
    }

    private String convert(String text, boolean simple) {
        if (!containsHan(text)) {
            return text;
        }
        BitSet opposite = simple ? toSimplified : toTraditional;
        String out = text;
        if (!containsAny(out, opposite)) {
            return out;
        }
        // OpenCC4j's tables chain a few characters (鏇 → 镟 → 旋); convert to a fixed point so that
        // cleaning a cleaned text changes nothing.
        for (int pass = 0; pass < MAX_PASSES && containsAny(out, opposite); pass++) {
            String next = simple ? ZhConverterUtil.toSimple(out) : ZhConverterUtil.toTraditional(out);
            if (next.equals(out)) {
                break;
            }
            out = next;
        }
        return out;
    }

    private static boolean containsAny(String text, BitSet chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.get(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean containsHan(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isHan(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} holds a hiragana or katakana character (Japanese, whatever its kanji). */
    static boolean containsKana(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (isKana(Character.UnicodeScript.of(c))) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    static boolean isKana(Character.UnicodeScript script) {
        return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }

    /** CJK unified ideographs, extension A and compatibility ideographs: a range test, no table lookup. */
    static boolean isHan(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF');
    }
}
