package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast decoder must agree with the JDK's strict UTF-8 decoder on every input, well-formed or not. */
class Utf8FastTest {

    private static final int CASES = 20_000;

    @Test
    void agreesWithTheJdkOnWellFormedText() {
        Random random = new Random(20261128);
        for (int i = 0; i < CASES; i++) {
            String text = randomText(random);
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            assertThat(decode(bytes, 0)).as("case %d", i).contains(text);
        }
    }

    @Test
    void agreesWithTheJdkOnDamagedBytes() {
        Random random = new Random(7);
        int rejected = 0;
        for (int i = 0; i < CASES; i++) {
            byte[] bytes = randomText(random).getBytes(StandardCharsets.UTF_8);
            for (int k = random.nextInt(3); k >= 0 && bytes.length > 0; k--) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            int offset = bytes.length > 0 ? random.nextInt(Math.min(3, bytes.length) + 1) : 0;
            Optional<String> jdk = jdkStrict(bytes, offset);
            assertThat(decode(bytes, offset)).as("case %d", i).isEqualTo(jdk);
            rejected += jdk.isEmpty() ? 1 : 0;
        }
        assertThat(rejected).as("the sweep must include malformed input").isGreaterThan(CASES / 10);
    }

    @Test
    void plainOnlyWhenTheTextHoldsNothingTheScreenActsOn() {
        Random random = new Random(20261130);
        String unusual = "\u0000\u0001\u0008\u000B\u001F\u007F\u0080\u0085\u009F\u202A\u202E\u2066\u2069\uFFFD";
        String usual = "\t\n\r\f \u00A0\u200B\u2028\u2060\uFFFC\uFEFF";
        int plain = 0;
        for (int i = 0; i < CASES; i++) {
            StringBuilder sb = new StringBuilder(randomText(random));
            for (int k = random.nextInt(3); k > 0; k--) {
                String pool = random.nextBoolean() ? unusual : usual;
                sb.insert(random.nextInt(sb.length() + 1), pool.charAt(random.nextInt(pool.length())));
            }
            String text = sb.toString();
            boolean expected = text.chars().noneMatch(c -> c == '\uFFFD' || TextScreen.removable((char) c));
            Utf8Fast.Form form = Utf8Fast.form(text.getBytes(StandardCharsets.UTF_8), 0);
            assertThat(form).as("case %d", i).isNotEqualTo(Utf8Fast.Form.MALFORMED);
            assertThat(form == Utf8Fast.Form.PLAIN).as("case %d: %s", i, text).isEqualTo(expected);
            plain += expected ? 1 : 0;
        }
        assertThat(plain).as("the sweep must hold both kinds").isBetween(CASES / 10, CASES * 9 / 10);
    }

    @Test
    void everyAsciiByteAtEveryPlaceOfAWordIsTold() {
        for (int c = 0; c < 0x80; c++) {
            for (int at = 0; at < 19; at++) {
                byte[] bytes = "abcdefghijklmnopqrs".getBytes(StandardCharsets.US_ASCII);
                bytes[at] = (byte) c;
                assertThat(plain(bytes)).as("byte %02x at %d", c, at)
                        .isEqualTo(!TextScreen.removable((char) c));
            }
        }
    }

    @Test
    void everyAsciiByteBeforeAMultibyteCharacterInTheSameWordIsTold() {
        for (int c = 0; c < 0x80; c++) {
            for (int at = 0; at < 16; at++) {
                for (int wide = at + 1; wide < 17; wide++) {
                    String text = "abcdefghijklmnop".substring(0, wide) + "\u00e9" + "abcdefghijklmnop".substring(wide);
                    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                    bytes[at] = (byte) c;
                    assertThat(plain(bytes)).as("byte %02x at %d, é at %d", c, at, wide)
                            .isEqualTo(!TextScreen.removable((char) c));
                }
            }
        }
    }

    @Test
    void countsABytesValueAmongAnyBytes() {
        Random random = new Random(3);
        for (int i = 0; i < 2_000; i++) {
            byte[] bytes = new byte[random.nextInt(40)];
            for (int k = 0; k < bytes.length; k++) {
                bytes[k] = (byte) (random.nextBoolean() ? '<' : random.nextInt(256));
            }
            int from = random.nextInt(bytes.length + 1);
            int expected = 0;
            for (int k = from; k < bytes.length; k++) {
                expected += bytes[k] == '<' ? 1 : 0;
            }
            assertThat(Utf8Fast.count(bytes, from, '<')).as("case %d", i).isEqualTo(expected);
        }
    }

    @Test
    void rejectsTheClassicMalformedSequences() {
        int[][] malformed = {
            {0xC0, 0xAF}, // overlong slash
            {0xE0, 0x80, 0xAF}, // overlong
            {0xED, 0xA0, 0x80}, // surrogate
            {0xF4, 0x90, 0x80, 0x80}, // above U+10FFFF
            {0xF5, 0x80, 0x80, 0x80},
            {0xE4, 0xB8}, // cut short
            {0x80},
        };
        for (int[] seq : malformed) {
            byte[] bytes = new byte[seq.length + 2];
            bytes[0] = 'a';
            for (int i = 0; i < seq.length; i++) {
                bytes[i + 1] = (byte) seq[i];
            }
            bytes[bytes.length - 1] = 'b';
            assertThat(decode(bytes, 0)).isEmpty();
            assertThat(jdkStrict(bytes, 0)).isEmpty();
        }
    }

    /** The text of the bytes as the decoder reads them, or empty when they are not well-formed. */
    private static Optional<String> decode(byte[] bytes, int offset) {
        return Utf8Fast.form(bytes, offset) == Utf8Fast.Form.MALFORMED ? Optional.empty()
                : Optional.of(Utf8Fast.text(bytes, offset));
    }

    /** Well-formed bytes whose text holds nothing the screen acts on. */
    private static boolean plain(byte[] bytes) {
        Utf8Fast.Form form = Utf8Fast.form(bytes, 0);
        assertThat(form).isNotEqualTo(Utf8Fast.Form.MALFORMED);
        return form == Utf8Fast.Form.PLAIN;
    }

    /** Mostly ASCII markup with runs of Latin, CJK, emoji and other planes, like real pages. */
    private static String randomText(Random random) {
        StringBuilder sb = new StringBuilder();
        int parts = random.nextInt(12);
        for (int p = 0; p < parts; p++) {
            int len = random.nextInt(40);
            int kind = random.nextInt(5);
            for (int i = 0; i < len; i++) {
                int cp = switch (kind) {
                    case 0 -> 0x20 + random.nextInt(0x5F);
                    case 1 -> 0xA0 + random.nextInt(0x700);
                    case 2 -> 0x4E00 + random.nextInt(0x5200);
                    case 3 -> 0x1F300 + random.nextInt(0x300);
                    default -> random.nextInt(0x110000);
                };
                if (!Character.isSurrogate((char) cp) || cp > 0xFFFF) {
                    sb.appendCodePoint(cp);
                }
            }
        }
        return sb.toString();
    }

    private static Optional<String> jdkStrict(byte[] bytes, int offset) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
