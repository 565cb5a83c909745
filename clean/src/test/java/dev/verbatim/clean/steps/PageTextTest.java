package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** A text kept as UTF-8 bytes reads, counts and parses as the same text kept as a string. */
class PageTextTest {

    private static final Pattern START_TAG = Pattern.compile("<[a-zA-Z]");

    @Test
    void bytesAndStringAgreeOnTheText() throws IOException {
        Random random = new Random(11);
        for (int round = 0; round < 500; round++) {
            String text = Utf8ReaderTest.randomPage(random);
            PageText bytes = PageText.utf8(text.getBytes(StandardCharsets.UTF_8), 0);

            assertThat(read(bytes.reader())).isEqualTo(text);
            assertThat(bytes.string()).isEqualTo(text);
            assertThat(read(bytes.reader())).as("after the string was built").isEqualTo(text);
        }
    }

    @Test
    void countsStartTagsPastTheLimitTheSameWay() {
        Random random = new Random(5);
        String[] pieces = {"<p>", "</p>", "a < b", "<b>粗</b>", "<<i>", "<1", "文字 ", "<", "<é"};
        int over = 0;
        for (int round = 0; round < 2_000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(300); i > 0; i--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            int max = random.nextInt(120);
            long tags = START_TAG.matcher(text).results().count();
            boolean tooMany = tags > max;
            PageText bytes = PageText.utf8(text.getBytes(StandardCharsets.UTF_8), 0);

            assertThat(PageText.of(text).startTags(max) > max).as("string: %s", text).isEqualTo(tooMany);
            assertThat(bytes.startTags(max) > max).as("bytes: %s", text).isEqualTo(tooMany);
            over += tooMany ? 1 : 0;
        }
        assertThat(over).as("the sweep must hold pages over the limit and under it").isBetween(100, 1_900);
    }

    @Test
    void dropsALeadingByteOrderMarkFromBytesAndStrings() {
        byte[] withBom = "\uFEFF<p>x</p>".getBytes(StandardCharsets.UTF_8);

        assertThat(PageText.utf8(withBom, 0).withoutBom().string()).isEqualTo("<p>x</p>");
        assertThat(PageText.of("\uFEFF<p>x</p>").withoutBom().string()).isEqualTo("<p>x</p>");
        assertThat(PageText.utf8("<p>\uFEFF</p>".getBytes(StandardCharsets.UTF_8), 0).withoutBom().string())
                .isEqualTo("<p>\uFEFF</p>");
    }

    @Test
    void theParserReadingTheBytesBuildsTheTreeJsoupBuildsFromTheString() {
        Random random = new Random(3);
        for (int round = 0; round < 20; round++) {
            StringBuilder html = new StringBuilder("<html><head><title>标题</title></head><body>");
            while (html.length() < 80_000) { // past the parser's 32 KiB buffer
                html.append("<p class=x>").append(Utf8ReaderTest.randomPage(random)).append("</p>\n");
            }
            String text = html.append("</body></html>").toString();
            Decoded decoded = new Decoded(PageText.utf8(text.getBytes(StandardCharsets.UTF_8), 0),
                    StandardCharsets.UTF_8, PageFormat.HTML, "http");

            assertThat(new HtmlParser().parse(decoded, "https://example.org/a").outerHtml())
                    .isEqualTo(Jsoup.parse(text, "https://example.org/a").outerHtml());
        }
    }

    private static String read(Reader reader) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[1000];
        for (int n; (n = reader.read(buffer)) > 0; ) {
            sb.append(buffer, 0, n);
        }
        return sb.toString();
    }
}
