package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.model.RawPage;
import dev.verbatim.model.Reason;
import dev.verbatim.model.Rejection;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every byte decoded honestly: binary is rejected wherever it starts, mislabels are overruled, controls removed. */
class HonestDecodingTest {

    private static final Charset BIG5 = Charset.forName("Big5");
    private final PageDecoder decoder = new PageDecoder();

    @ParameterizedTest
    @ValueSource(ints = {0, 1500, 6000})
    void jpegAfterATextPreambleIsBinary(int preamble) {
        byte[] body = concat(("<p>" + "x".repeat(preamble) + "</p>").getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'},
                "rest of an image".getBytes(StandardCharsets.US_ASCII));
        Rejection r = fail("text/html", body);
        assertThat(r.reason()).isEqualTo(Reason.BINARY_CONTENT);
        assertThat(r.detail()).isEqualTo(String.format(java.util.Locale.ROOT, "a JPEG signature at byte %,d", preamble + 7));
    }

    @Test
    void asciiPdfIsBinary() {
        String pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "4 0 obj\n<< /Length 44 >>\nstream\nBT /F1 24 Tf 100 700 Td (Hello World) Tj ET\nendstream\nendobj\n"
                + "trailer\n<< /Root 1 0 R >>\n%%EOF\n";
        assertThat(fail("", pdf.getBytes(StandardCharsets.US_ASCII)).detail()).isEqualTo("a PDF signature at byte 0");
    }

    @Test
    void articleQuotingAPdfHeaderInsideALineIsText() {
        String html = "<p>Every PDF file starts with %PDF-1.7 and ends with %%EOF, as the article explains.</p>";
        assertThat(decoder.decode(page("text/html", html.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(StepOutcome.Ok.class);
    }

    /** From half a KiB up: a few random bytes can always pass for windows-1252 text. */
    @Test
    void randomBytesAreNeverText() {
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            byte[] body = new byte[512 + random.nextInt(20_000)];
            random.nextBytes(body);
            StepOutcome<Decoded> out = decoder.decode(page("", body));
            assertThat(out).as("random file %d of %d bytes", i, body.length).isInstanceOf(StepOutcome.Fail.class);
        }
    }

    @Test
    void manyControlCharactersLateInTheTextAreBinary() {
        StringBuilder html = new StringBuilder("<p>" + "正文".repeat(600) + "</p>");
        for (int i = 0; i < 2000; i++) {
            html.append((char) (1 + i % 8)).append("ab");
        }
        assertThat(fail("text/html; charset=utf-8", html.toString().getBytes(StandardCharsets.UTF_8)).reason())
                .isEqualTo(Reason.BINARY_CONTENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html; charset=gb2312", "text/html; charset=gbk", "text/html; charset=GB18030"})
    void big5DeclaredAsAGbCharsetIsReadAsBig5(String contentType) {
        String html = PageDecoderTest.html("", PageDecoderTest.TRADITIONAL);
        Decoded decoded = ((StepOutcome.Ok<Decoded>) decoder.decode(page(contentType, html.getBytes(BIG5)))).value();
        assertThat(decoded.text()).isEqualTo(html);
        assertThat(decoded.charset().name()).startsWith("Big5");
    }

    @Test
    void controlCharactersOtherThanWhiteSpaceAreRemoved() {
        String html = "<title>T\u001b[31mitle\u0007</title><p>a\u202Eb\u0085c\td\ne\u0000</p>";
        Decoded decoded = ((StepOutcome.Ok<Decoded>) decoder.decode(page("text/html; charset=utf-8",
                html.getBytes(StandardCharsets.UTF_8)))).value();
        assertThat(decoded.text()).isEqualTo("<title>T[31mitle</title><p>abc\td\ne</p>");
    }

    private Rejection fail(String contentType, byte[] body) {
        StepOutcome<Decoded> out = decoder.decode(page(contentType, body));
        assertThat(out).as(out.toString()).isInstanceOf(StepOutcome.Fail.class);
        return ((StepOutcome.Fail<Decoded>) out).rejection();
    }

    private static RawPage page(String contentType, byte[] body) {
        return new RawPage("https://d.example/a", contentType, Instant.EPOCH, body);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
