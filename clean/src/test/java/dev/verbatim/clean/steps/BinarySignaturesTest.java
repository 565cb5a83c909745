package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each format's magic bytes are found after a text preamble, and only there. */
class BinarySignaturesTest {

    private static final Map<String, String> MAGIC = Map.ofEntries(
            Map.entry("%PDF-1.7", "PDF"), Map.entry("%!PS-Adobe-3.0", "PostScript"), Map.entry("GIF87a", "GIF"),
            Map.entry("GIF89a", "GIF"), Map.entry("\u0089PNG\r\n\u001a\n", "PNG"), Map.entry("\u00ff\u00d8\u00ff\u00e0", "JPEG"),
            Map.entry("PK\u0003\u0004", "ZIP (or an office document)"), Map.entry("Rar!\u001a\u0007\u0000", "RAR"),
            Map.entry("\u001f\u008b\u0008\u0000", "gzip"), Map.entry("\u007fELF\u0002", "ELF executable"),
            Map.entry("ID3\u0003\u0000", "MP3"), Map.entry("ID3\u0004\u0000", "MP3"), Map.entry("wOF2\u0000", "WOFF font"),
            Map.entry("wOFF\u0000", "WOFF font"), Map.entry("\u0000\u0000\u0000\u0020ftypisom", "MP4/QuickTime"));

    @Test
    void findsEachFormatAfterAPreambleAtItsByte() {
        String preamble = "<p>Will Power wrote: 7 Wonders (Rome), Ogg and 100% \"PK\" ID3 wOF</p>\n";
        MAGIC.forEach((magic, format) -> {
            byte[] body = (preamble + magic + " rest").getBytes(StandardCharsets.ISO_8859_1);
            assertThat(BinarySignatures.find(body, 0)).as(format)
                    .contains(String.format(Locale.ROOT, "a %s signature at byte %,d", format, preamble.length()));
        });
    }

    @Test
    void printableSignaturesCountOnlyAtTheStartOfALine() {
        byte[] quoted = "<p>The file starts with %PDF- and GIF89a, as any PDF or GIF does.</p>".getBytes(StandardCharsets.US_ASCII);

        assertThat(BinarySignatures.find(quoted, 0)).isEmpty();
        assertThat(BinarySignatures.find("  \t%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0))
                .contains("a PDF signature at byte 3");
    }
}
