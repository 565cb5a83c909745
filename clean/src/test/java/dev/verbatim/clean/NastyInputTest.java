package dev.verbatim.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.model.RawPage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Inputs built to break parsers and regular expressions; each must end as Cleaned or Rejected, quickly. */
class NastyInputTest {

    private static final PageCleaner CLEANER = new PageCleaner(CleanSettings.defaults());

    static Stream<String> nastyPages() {
        return Stream.of(
                "<div>".repeat(20_000) + "深层嵌套的正文内容，这是一句足够长的完整的话。" + "</div>".repeat(20_000),
                "<p>" + "王芳：".repeat(5_000) + "</p>",
                "<p>" + "_".repeat(50_000) + "</p>",
                "<p>" + " ".repeat(50_000) + "：" + "</p>",
                "<p>" + "2024-01-01 ".repeat(3_000) + "</p>",
                "<p>" + "(作者|".repeat(3_000) + "</p>",
                "<p>" + "A".repeat(100_000) + ":" + "</p>",
                "<p>" + "Jane Doe (00:00:01): hi? ".repeat(2_000) + "</p>",
                "<script>" + "x".repeat(10_000) + "</script>",
                "\uFEFF\u200B\u0000\u0001");
    }

    @ParameterizedTest
    @MethodSource("nastyPages")
    void endsAsCleanedOrRejected(String html) {
        RawPage page = new RawPage("https://n.example/", "text/html; charset=utf-8", Instant.EPOCH,
                html.getBytes(StandardCharsets.UTF_8));
        assertThat(CLEANER.clean(page)).isInstanceOfAny(CleanResult.Cleaned.class, CleanResult.Rejected.class);
    }

    @ParameterizedTest
    @MethodSource("nastyPages")
    void endsAsCleanedOrRejectedAsPlainText(String text) {
        RawPage page = new RawPage("https://n.example/", "text/plain; charset=utf-8", Instant.EPOCH,
                text.getBytes(StandardCharsets.UTF_8));
        assertThat(CLEANER.clean(page)).isInstanceOfAny(CleanResult.Cleaned.class, CleanResult.Rejected.class);
    }

    @org.junit.jupiter.api.Test
    void findsTextUnderDeepNesting() {
        String html = "<div>".repeat(20_000) + "深层嵌套的正文内容，这是一句足够长的完整的话。" + "</div>".repeat(20_000);
        CleanResult r = CLEANER.clean(new RawPage("https://n.example/", "text/html", Instant.EPOCH,
                html.getBytes(StandardCharsets.UTF_8)));
        assertThat(r).as(r.toString()).isInstanceOf(CleanResult.Cleaned.class);
        assertThat(((CleanResult.Cleaned) r).transcript().blocks().get(0).text()).isEqualTo("深层嵌套的正文内容，这是一句足够长的完整的话。");
    }
}
