package dev.verbatim.clean;

import dev.verbatim.clean.steps.ScriptPolicy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.clean.steps.ScriptConverter;
import dev.verbatim.model.Block;
import dev.verbatim.model.RawPage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the cleaner over generated pages. */
class PageCleanerPropertyTest {

    private static final PageCleaner CLEANER = new PageCleaner(CleanSettings.defaults());
    private static final ScriptConverter HANS = new ScriptConverter(ScriptPolicy.HANS);

    @Property(tries = 200)
    void cleanAlwaysReturnsCleanedOrRejectedForBytes(@ForAll byte[] body, @ForAll("contentTypes") String type) {
        CleanResult r = CLEANER.clean(new RawPage("https://p.example/", type, Instant.EPOCH, body));
        assertThat(r).isInstanceOfAny(CleanResult.Cleaned.class, CleanResult.Rejected.class);
    }

    @Property(tries = 200)
    void cleanAlwaysReturnsCleanedOrRejectedForMarkup(@ForAll("pages") String html, @ForAll("contentTypes") String type) {
        CleanResult r = CLEANER.clean(page(html, type));
        assertThat(r).isInstanceOfAny(CleanResult.Cleaned.class, CleanResult.Rejected.class);
    }

    @Property(tries = 200)
    void noBlockTextIsBlank(@ForAll("pages") String html, @ForAll("contentTypes") String type) {
        CleanResult r = CLEANER.clean(page(html, type));
        if (r instanceof CleanResult.Cleaned c) {
            assertThat(c.transcript().blocks()).extracting(Block::text).noneMatch(String::isBlank);
        }
    }

    @Property(tries = 300)
    void simplifiedConversionIsIdempotent(@ForAll("hanText") String text) {
        String once = HANS.convert(text);
        assertThat(HANS.convert(once)).isEqualTo(once);
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.of("text/html", "text/html; charset=utf-8", "text/plain", "", "application/octet-stream");
    }

    @Provide
    Arbitrary<String> hanText() {
        return Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').withChars("，。：？ ab1").ofMaxLength(60);
    }

    @Provide
    Arbitrary<String> pages() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("<p>", "</p>", "<h2>", "</h2>", "<br>", "<strong>", "</strong>", "<div class='share'>",
                        "</div>", "<figcaption>", "<h1>", "</h1>", "\n", "：", ":", "问：", "答：", "主持人 王芳：", "王芳：",
                        "(00:01:02)", "_", "|", "（作者|张三，编辑|李四）", "IP属地 北京", "2024-01-02 03:04", "<script>",
                        "免责声明", "網友評論", "這們個為", "么并于后"),
                Arbitraries.strings().withCharRange('\u4e00', '\u4e50').ofMaxLength(12),
                Arbitraries.strings().alpha().numeric().withChars(" .,?").ofMaxLength(20));
        return pieces.list().ofMaxSize(60).map(l -> String.join("", l));
    }

    private static RawPage page(String text, String type) {
        return new RawPage("https://p.example/", type, Instant.EPOCH, text.getBytes(StandardCharsets.UTF_8));
    }
}
