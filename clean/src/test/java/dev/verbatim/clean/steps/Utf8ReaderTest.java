package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The reader gives the text of well-formed UTF-8 whatever the sizes of the pieces asked for. */
class Utf8ReaderTest {

    @Test
    void readsTheTextInPiecesOfAnySize() {
        Random random = new Random(20261130);
        int splitPairs = 0;
        for (int round = 0; round < 3_000; round++) {
            String text = randomPage(random);
            Utf8Reader reader = new Utf8Reader(text.getBytes(StandardCharsets.UTF_8), 0);
            StringBuilder read = new StringBuilder();
            char[] buffer = new char[400];
            while (true) {
                int off = random.nextInt(8);
                int len = random.nextBoolean() ? 1 + random.nextInt(3) : 1 + random.nextInt(buffer.length - off);
                int n = reader.read(buffer, off, len);
                if (n < 0) {
                    break;
                }
                assertThat(n).as("round %d", round).isBetween(1, len);
                splitPairs += Character.isHighSurrogate(buffer[off + n - 1]) ? 1 : 0;
                read.append(buffer, off, n);
            }
            assertThat(read.toString()).as("round %d", round).isEqualTo(text);
        }
        assertThat(splitPairs).as("pieces ending inside a surrogate pair").isGreaterThan(10);
    }

    @Test
    void readsFromTheOffsetAndEndsWithMinusOne() {
        byte[] bytes = ("\uFEFF" + "a".repeat(100) + "中文😀").getBytes(StandardCharsets.UTF_8);
        Utf8Reader reader = new Utf8Reader(bytes, 3);
        char[] buffer = new char[200];

        assertThat(reader.read(buffer, 0, 0)).isZero();
        int n = reader.read(buffer, 0, buffer.length);
        assertThat(new String(buffer, 0, n)).isEqualTo("a".repeat(100) + "中文😀");
        assertThat(reader.read(buffer, 0, buffer.length)).isEqualTo(-1);
    }

    /** Long ASCII runs (markup) between runs of Latin, CJK and emoji. */
    static String randomPage(Random random) {
        StringBuilder sb = new StringBuilder();
        for (int p = random.nextInt(12); p > 0; p--) {
            int kind = random.nextInt(4);
            for (int i = random.nextInt(kind == 0 ? 300 : 30); i > 0; i--) {
                sb.appendCodePoint(switch (kind) {
                    case 0 -> 0x20 + random.nextInt(0x5F);
                    case 1 -> 0xA0 + random.nextInt(0x700);
                    case 2 -> 0x4E00 + random.nextInt(0x5200);
                    default -> 0x1F300 + random.nextInt(0x300);
                });
            }
        }
        return sb.toString();
    }
}
