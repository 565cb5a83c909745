package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.model.RawPage;
import dev.verbatim.model.Reason;
import dev.verbatim.model.Rejection;
import dev.verbatim.model.Stage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PageDecoderTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Simplified Chinese, with 镕 and 喆, which GBK has and GB2312 lacks. */
    static final String SIMPLIFIED = "朱镕基总理在记者会上回答了关于经济改革的问题。他说，我们必须坚持改革开放，"
            + "推动国有企业的转型，同时保护普通工人的利益。记者们认真记录了每一句话，会后还讨论了很久。"
            + "陶喆的新歌也在晚会上播放，观众反应热烈，许多人跟着一起唱。";

    /** Traditional Chinese, all in plain Big5. */
    static final String TRADITIONAL = "記者會上，發言人詳細說明了政府對於住房問題的新政策。他表示，這項計劃將在明年"
            + "開始實施，並會定期檢討成效。市民普遍歡迎這個決定，不少團體也表示支持。";

    private final PageDecoder decoder = new PageDecoder();

    @Test
    void decodesGbkOnlyCharactersUnderGb2312Header() {
        String html = html("", SIMPLIFIED);

        Decoded decoded = decodeOk("text/html; charset=gb2312", html.getBytes(GBK));

        assertThat(decoded.text()).isEqualTo(html);
        assertThat(decoded.charset()).isEqualTo(GB18030);
        assertThat(decoded.charsetSource()).isEqualTo("http");
        assertThat(decoded.format()).isEqualTo(PageFormat.HTML);
    }

    @Test
    void sniffsGbkPageThatClaimsUtf8InHttpHeader() {
        String html = html("", SIMPLIFIED + SIMPLIFIED);

        Decoded decoded = decodeOk("text/html; charset=UTF-8", html.getBytes(GBK));

        assertThat(decoded.text()).isEqualTo(html);
        assertThat(decoded.charset()).isEqualTo(GB18030);
        assertThat(decoded.charsetSource()).isEqualTo("sniffed-over-http");
    }

    @Test
    void readsBig5CharsetFromMetaHttpEquiv() {
        String html = html("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\">", TRADITIONAL);

        Decoded decoded = decodeOk("text/html", html.getBytes(BIG5));

        assertThat(decoded.text()).isEqualTo(html);
        assertThat(decoded.charset().name()).startsWith("Big5");
        assertThat(decoded.charsetSource()).isEqualTo("meta");
    }

    @Test
    void readsUnquotedMetaCharsetWithoutHttpCharset() {
        String html = html("<META CHARSET=utf-8>", TRADITIONAL);

        Decoded decoded = decodeOk("text/html", html.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.text()).isEqualTo(html);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.charsetSource()).isEqualTo("meta");
    }

    @Test
    void utf16LeBomOverridesConflictingHeaderAndIsStripped() {
        String html = html("", SIMPLIFIED);
        byte[] body = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, html.getBytes(StandardCharsets.UTF_16LE));

        Decoded decoded = decodeOk("text/html; charset=gbk", body);

        assertThat(decoded.text()).isEqualTo(html);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(decoded.charsetSource()).isEqualTo("bom");
    }

    @Test
    void utf8BomOverridesLatin1Header() {
        String html = html("", TRADITIONAL);
        byte[] body = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, html.getBytes(StandardCharsets.UTF_8));

        Decoded decoded = decodeOk("text/html; charset=iso-8859-1", body);

        assertThat(decoded.text()).isEqualTo(html);
        assertThat(decoded.charsetSource()).isEqualTo("bom");
    }

    @Test
    void readsTextPlainAsText() {
        Decoded decoded = decodeOk("text/plain; charset=utf-8", SIMPLIFIED.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.text()).isEqualTo(SIMPLIFIED);
        assertThat(decoded.format()).isEqualTo(PageFormat.TEXT);
    }

    @Test
    void readsUnlabelledBodyWithoutMarkupAsText() {
        Decoded decoded = decodeOk("", SIMPLIFIED.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.text()).isEqualTo(SIMPLIFIED);
        assertThat(decoded.format()).isEqualTo(PageFormat.TEXT);
    }

    @Test
    void readsUnlabelledBodyWithMarkupAsHtml() {
        String html = html("", SIMPLIFIED);

        assertThat(decodeOk("", html.getBytes(StandardCharsets.UTF_8)).format()).isEqualTo(PageFormat.HTML);
    }

    @Test
    void readsMarkdownTypesAndMarkdownServedAsPlainTextAsMarkdown() {
        byte[] front = ("---\ntitle: 夜市\n---\n<figure><img src=\"a.jpg\"></figure>\n\n" + SIMPLIFIED)
                .getBytes(StandardCharsets.UTF_8);
        assertThat(decodeOk("text/markdown; charset=utf-8", SIMPLIFIED.getBytes(StandardCharsets.UTF_8)).format())
                .isEqualTo(PageFormat.MARKDOWN);
        assertThat(decodeOk("text/plain; charset=utf-8", front).format()).isEqualTo(PageFormat.MARKDOWN);
        assertThat(decodeOk("", front).format()).isEqualTo(PageFormat.MARKDOWN);
        RawPage md = new RawPage("https://x.example/notes/ep-3.md", "text/plain", Instant.EPOCH,
                SIMPLIFIED.getBytes(StandardCharsets.UTF_8));
        assertThat(((StepOutcome.Ok<Decoded>) decoder.decode(md)).value().format()).isEqualTo(PageFormat.MARKDOWN);
    }

    @Test
    void readsXhtmlAsHtml() {
        assertThat(decodeOk("application/xhtml+xml", "just words".getBytes(StandardCharsets.UTF_8)).format())
                .isEqualTo(PageFormat.HTML);
    }

    @Test
    void rejectsBinaryGarbageUnderTextHtml() {
        byte[] body = new byte[2048];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) (i * 31 + 7);
        }

        Rejection rejection = decodeFail("text/html; charset=utf-8", body);

        assertThat(rejection.reason()).isEqualTo(Reason.BINARY_CONTENT);
        assertThat(rejection.detail()).isEqualTo("4 NUL bytes in the first 1024 bytes");
    }

    @Test
    void rejectsControlCharactersWithoutNuls() {
        byte[] body = "<p>hello</p>".repeat(20).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < body.length; i += 4) {
            body[i] = 0x01;
        }

        Rejection rejection = decodeFail("text/html", body);

        assertThat(rejection.reason()).isEqualTo(Reason.BINARY_CONTENT);
        assertThat(rejection.detail()).isEqualTo("60 control characters in the first 240 bytes");
    }

    @Test
    void rejectsImageAsUnsupportedType() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

        Rejection rejection = decodeFail("image/png", png);

        assertThat(rejection).isEqualTo(new Rejection(Stage.DECODE, Reason.UNSUPPORTED_TYPE,
                "content type image/png is not text"));
    }

    @Test
    void rejectsBinaryOctetStreamAsUnsupportedType() {
        byte[] body = new byte[64];

        Rejection rejection = decodeFail("application/octet-stream", body);

        assertThat(rejection.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
        assertThat(rejection.detail()).startsWith("application/octet-stream with binary content");
    }

    @Test
    void readsTextualOctetStream() {
        String html = html("", SIMPLIFIED);

        Decoded decoded = decodeOk("application/octet-stream", html.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.text()).isEqualTo(html);
        assertThat(decoded.format()).isEqualTo(PageFormat.HTML);
    }

    @Test
    void rejectsEmptyBody() {
        assertThat(decodeFail("text/html", new byte[0]))
                .isEqualTo(new Rejection(Stage.DECODE, Reason.EMPTY_BODY, "the page has no bytes"));
    }

    @Test
    void unknownHttpLabelFallsThroughToMeta() {
        String html = html("<meta charset=\"gbk\">", SIMPLIFIED);

        Decoded decoded = decodeOk("text/html; charset=foo-bar", html.getBytes(GBK));

        assertThat(decoded.text()).isEqualTo(html);
        assertThat(decoded.charset()).isEqualTo(GB18030);
        assertThat(decoded.charsetSource()).isEqualTo("meta");
    }

    @Test
    void unknownHttpLabelWithoutMetaFallsThroughToWellFormedUtf8() {
        String html = html("", TRADITIONAL + TRADITIONAL);

        Decoded decoded = decodeOk("text/html; charset=foo-bar", html.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.text()).isEqualTo(html);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.charsetSource()).isEqualTo("well-formed");
    }

    @Test
    void readsLatin1LabelAsWindows1252() {
        String html = html("", "Caf\u00e9 \u201cquoted\u201d \u2014 na\u00efve");

        Decoded decoded = decodeOk("text/html; charset=ISO-8859-1", html.getBytes(WINDOWS_1252));

        assertThat(decoded.text()).isEqualTo(html);
        assertThat(decoded.charset()).isEqualTo(WINDOWS_1252);
        assertThat(decoded.charsetSource()).isEqualTo("http");
    }

    @Test
    void decodesUnlabelledWindows1252() {
        String html = html("", "Caf\u00e9 \u201cquoted\u201d \u2014 na\u00efve fa\u00e7ade r\u00e9sum\u00e9");

        Decoded decoded = decodeOk("text/html", html.getBytes(WINDOWS_1252));

        assertThat(decoded.text()).isEqualTo(html);
        assertThat(decoded.charset()).isEqualTo(WINDOWS_1252);
    }

    /** The bytes windows-1252 leaves unmapped decode to C1 controls, which no text field keeps. */
    @Test
    void removesTheControlsOfBytesWindows1252LeavesUnmapped() {
        byte[] body = {'a', (byte) 0x81, 'b', (byte) 0x9D};

        Decoded decoded = decodeOk("text/plain; charset=windows-1252", body);

        assertThat(decoded.text()).isEqualTo("ab");
        assertThat(decoded.charset()).isEqualTo(WINDOWS_1252);
    }

    @Test
    void prefersValidUtf8OverDeclaredLatin1() {
        String html = html("", SIMPLIFIED);

        Decoded decoded = decodeOk("text/html; charset=iso-8859-1", html.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.text()).isEqualTo(html);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.charsetSource()).isEqualTo("sniffed-over-http");
    }

    @Test
    void prefersValidUtf8OverDeclaredGb2312() {
        String html = html("", TRADITIONAL);

        Decoded decoded = decodeOk("text/html; charset=gb2312", html.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.text()).isEqualTo(html);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.charsetSource()).isEqualTo("well-formed-over-http");
    }

    @Test
    void marksTruncatedGbkBodyAsLossy() {
        byte[] full = html("", SIMPLIFIED).getBytes(GBK);
        byte[] truncated = Arrays.copyOf(full, full.length - "</p></body></html>".length() - 1);

        Decoded decoded = decodeOk("text/html; charset=gbk", truncated);

        String expected = html("", SIMPLIFIED);
        expected = expected.substring(0, expected.length() - "</p></body></html>".length() - 1) + "\uFFFD";
        assertThat(decoded.text()).isEqualTo(expected);
        assertThat(decoded.charsetSource()).isEqualTo("http-lossy");
    }

    @Test
    void readsUtf16WithoutBomWhenHeaderSaysSo() {
        String html = html("", SIMPLIFIED);

        Decoded decoded = decodeOk("text/html; charset=utf-16le", html.getBytes(StandardCharsets.UTF_16LE));

        assertThat(decoded.text()).isEqualTo(html);
        assertThat(decoded.charsetSource()).isEqualTo("http");
    }

    @Test
    void decodesPlainAsciiAsUtf8() {
        Decoded decoded = decodeOk("text/html", "<p>plain words</p>".getBytes(StandardCharsets.US_ASCII));

        assertThat(decoded.text()).isEqualTo("<p>plain words</p>");
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void sniffsGbkPageMislabelledAsEucKr() {
        String html = html("", SIMPLIFIED);

        Decoded decoded = decodeOk("text/html; charset=euc-kr", html.getBytes(GBK));

        assertThat(decoded.text()).isEqualTo(html);
        assertThat(decoded.charset()).isEqualTo(GB18030);
        assertThat(decoded.charsetSource()).isEqualTo("sniffed-over-http");
    }

    @Test
    void marksCorruptedGbkThatClaimsUtf8AsSniffedLossy() {
        byte[] body = html("", SIMPLIFIED).getBytes(GBK);
        for (int i = 80; i < body.length; i += 7) {
            body[i] = (byte) 0x81;
        }

        Decoded decoded = decodeOk("text/html; charset=utf-8", body);

        assertThat(decoded.charset()).isEqualTo(GB18030);
        assertThat(decoded.charsetSource()).isEqualTo("sniffed-lossy");
        assertThat(decoded.text()).contains("\uFFFD").startsWith("<!DOCTYPE html>");
    }

    @Test
    void rejectsBodyThatNoCharsetDecodes() {
        byte[] body = new byte[400];
        for (int i = 0; i < body.length; i += 2) {
            body[i] = (byte) 0x81;
            body[i + 1] = ' ';
        }

        Rejection rejection = decodeFail("text/html; charset=gbk", body);

        assertThat(rejection).isEqualTo(new Rejection(Stage.DECODE, Reason.UNDECODABLE,
                "GB18030 (http), UTF-8 and the detected charset each leave more than 2 bad byte sequences"));
    }

    @Test
    void rejectsBrokenUtf16BehindBomAsBinary() {
        byte[] body = new byte[402];
        body[0] = (byte) 0xFF;
        body[1] = (byte) 0xFE;
        for (int i = 2; i < body.length; i += 4) {
            body[i + 1] = (byte) 0xD8; // a lone high surrogate, then U+0041
            body[i + 2] = 'A';
        }

        assertThat(decodeFail("text/html", body).reason()).isEqualTo(Reason.BINARY_CONTENT);
    }

    @Test
    void sniffsGbkPageServedWithDefaultLatin1Header() {
        String html = html("", SIMPLIFIED + SIMPLIFIED);

        Decoded decoded = decodeOk("text/html; charset=ISO-8859-1", html.getBytes(GBK));

        assertThat(decoded.text()).isEqualTo(html);
        assertThat(decoded.charset()).isEqualTo(GB18030);
        assertThat(decoded.charsetSource()).isEqualTo("sniffed-over-http");
    }

    @Test
    void readsMetaUtf16LabelAsUtf8() {
        String html = html("<meta charset=\"utf-16\">", TRADITIONAL);

        Decoded decoded = decodeOk("text/html", html.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.text()).isEqualTo(html);
        assertThat(decoded.charsetSource()).isEqualTo("meta");
    }

    static String html(String head, String paragraph) {
        return "<!DOCTYPE html><html><head>" + head + "<title>t</title></head><body><p>" + paragraph
                + "</p></body></html>";
    }

    private Decoded decodeOk(String contentType, byte[] body) {
        StepOutcome<Decoded> outcome = decoder.decode(page(contentType, body));
        assertThat(outcome).isInstanceOf(StepOutcome.Ok.class);
        return ((StepOutcome.Ok<Decoded>) outcome).value();
    }

    private Rejection decodeFail(String contentType, byte[] body) {
        StepOutcome<Decoded> outcome = decoder.decode(page(contentType, body));
        assertThat(outcome).isInstanceOf(StepOutcome.Fail.class);
        return ((StepOutcome.Fail<Decoded>) outcome).rejection();
    }

    static RawPage page(String contentType, byte[] body) {
        return new RawPage("https://news.example/a", contentType, Instant.EPOCH, body);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
