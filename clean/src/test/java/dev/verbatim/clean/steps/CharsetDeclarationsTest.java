package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CharsetDeclarationsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "text/html; charset=gbk|gbk",
        "text/html;charset=\"Big5\"|Big5",
        "TEXT/HTML; Charset = 'utf-8'|utf-8",
        "text/html; q=1; charset=gb2312, text/plain|gb2312"})
    void findsHttpCharsetParameter(String contentType, String label) {
        assertThat(CharsetDeclarations.httpLabel(contentType)).contains(label);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html", "", "text/html; charset=", "charset=utf-8"})
    void findsNoHttpCharsetWhereThereIsNone(String contentType) {
        assertThat(CharsetDeclarations.httpLabel(contentType)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        " Text/HTML ; charset=utf-8|text/html",
        "image/PNG|image/png",
        "|''"})
    void extractsLowerCaseMediaType(String contentType, String mediaType) {
        assertThat(CharsetDeclarations.mediaType(contentType == null ? "" : contentType)).isEqualTo(mediaType);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<meta charset=\"gbk\">|gbk",
        "<META CHARSET=big5>|big5",
        "<meta charset='utf-8' />|utf-8",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">|gb2312",
        "<meta content='text/html;charset=Big5' http-equiv='content-type'>|Big5",
        "<meta name=\"viewport\" content=\"width=device-width\"><meta charset=utf-8>|utf-8"})
    void findsMetaCharset(String head, String label) {
        byte[] body = ("<html><head>" + head + "</head></html>").getBytes(StandardCharsets.US_ASCII);

        assertThat(CharsetDeclarations.metaLabel(body, 0)).contains(label);
    }

    @Test
    void ignoresMetaCharsetBeyondScanWindow() {
        String head = "<!--" + "x".repeat(CharsetDeclarations.META_SCAN_BYTES) + "--><meta charset=gbk>";

        assertThat(CharsetDeclarations.metaLabel(head.getBytes(StandardCharsets.US_ASCII), 0)).isEmpty();
    }

    @Test
    void ignoresCharsetOutsideMeta() {
        byte[] body = "<p>charset=gbk</p>".getBytes(StandardCharsets.US_ASCII);

        assertThat(CharsetDeclarations.metaLabel(body, 0)).isEmpty();
    }
}
