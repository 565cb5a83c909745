package dev.verbatim.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.model.RawPage;
import dev.verbatim.model.Rejection;
import dev.verbatim.model.Removal;
import dev.verbatim.model.Transcript;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The per-page budgets of {@code limits} in the rules: past one, a page is rejected with its reason. */
class PageBudgetTest {

    private static final String SMALL_LIMITS = """
            limits:
              max_input_bytes: 20000
              max_elements: 500
              max_blocks: 50
              max_chars: 2000
              max_field_chars: 40
              max_removed: 10
            """;
    private static final PageCleaner SMALL = new PageCleaner(RulesFile.parse(SMALL_LIMITS, "test"));
    private static final String ARTICLE = "<h1>一个正常的标题</h1><p>这是一段足够长的正文内容，用来通过最短长度的检查。</p>";

    @Test
    void rejectsBodyOverMaxInputBytesAsTooLarge() {
        Rejection r = rejection(SMALL, "text/html", "<p>" + "字".repeat(10_000) + "</p>");
        assertThat(r.summary()).isEqualTo("decode/too-large: the page has 30,007 bytes, more than limits.max_input_bytes (20,000)");
    }

    @Test
    void rejectsMoreStartTagsThanMaxElementsAsTooComplexBeforeParsing() {
        Rejection r = rejection(SMALL, "text/html", "<p>x".repeat(600));
        assertThat(r.summary()).isEqualTo("parse/too-complex: the page has more than 500 HTML elements (limits.max_elements)");
    }

    @Test
    void rejectsMoreLinesThanMaxElementsInPlainText() {
        Rejection r = rejection(SMALL, "text/plain", "一行字\r".repeat(600));
        assertThat(r.summary()).isEqualTo("parse/too-complex: the page has more than 500 lines (limits.max_elements)");
    }

    @Test
    void rejectsMoreBlocksThanMaxBlocksAsTooComplex() {
        Rejection r = rejection(SMALL, "text/html", "<p>这是第几段正文内容。</p>".repeat(60));
        assertThat(r.summary()).isEqualTo("extract/too-complex: the page has 60 blocks, more than limits.max_blocks (50)");
    }

    @Test
    void rejectsTranscriptOverMaxCharsAsTooLarge() {
        Rejection r = rejection(SMALL, "text/html", ("<p>" + "这是一段很长的正文内容。".repeat(30) + "</p>").repeat(10));
        assertThat(r.summary()).isEqualTo("segment/too-large: the transcript has 3,600 characters, more than limits.max_chars (2,000)");
    }

    @Test
    void rejectsPageOverItsCpuBudgetAsTimeoutAtTheStepThatRanOver() {
        AtomicLong nanos = new AtomicLong();
        PageCleaner slow = new PageCleaner(CleanSettings.defaults(), () -> nanos.getAndAdd(6_000_000_000L));
        CleanResult r = slow.clean(page("text/html", ARTICLE));
        assertThat(((CleanResult.Rejected) r).rejection().summary()).isEqualTo(
                "parse/timeout: cleaning took 12,000 ms of CPU by the end of step parse, more than limits.max_cpu_ms (10,000)");
    }

    @Test
    void cutsTitleToMaxFieldChars() {
        String title = "很长的标题".repeat(20);
        Transcript t = transcript(SMALL, "<h1>" + title + "</h1><p>这是一段足够长的正文内容，用来通过最短长度的检查。</p>");
        assertThat(t.title()).isEqualTo(title.substring(0, 39) + "…");
    }

    @Test
    void mergesRemovedEntriesPastMaxRemovedByReason() {
        String html = "<h1>标题</h1>" + "<p>分享到微信</p><p>这是一段足够长的正文内容，用来通过最短长度的检查。</p>".repeat(20);
        Transcript full = transcript(new PageCleaner(CleanSettings.defaults()), html);
        Transcript capped = transcript(SMALL, html);
        assertThat(full.removed().size()).isGreaterThan(10);
        assertThat(capped.removed()).hasSizeLessThanOrEqualTo(10 + (int) full.removed().stream().map(Removal::reason).distinct().count());
        assertThat(capped.removed().stream().mapToInt(Removal::chars).sum())
                .isEqualTo(full.removed().stream().mapToInt(Removal::chars).sum());
        assertThat(capped.removed().subList(0, 10)).isEqualTo(full.removed().subList(0, 10));
    }

    @Test
    void normalPageIsUnderEveryDefaultBudget() {
        assertThat(new PageCleaner(CleanSettings.defaults()).clean(page("text/html", ARTICLE)))
                .isInstanceOf(CleanResult.Cleaned.class);
    }

    private static Rejection rejection(PageCleaner cleaner, String type, String body) {
        CleanResult r = cleaner.clean(page(type, body));
        assertThat(r).as(r.toString()).isInstanceOf(CleanResult.Rejected.class);
        return ((CleanResult.Rejected) r).rejection();
    }

    private static Transcript transcript(PageCleaner cleaner, String html) {
        CleanResult r = cleaner.clean(page("text/html", html));
        assertThat(r).as(r.toString()).isInstanceOf(CleanResult.Cleaned.class);
        return ((CleanResult.Cleaned) r).transcript();
    }

    private static RawPage page(String type, String body) {
        return new RawPage("https://b.example/a", type + "; charset=utf-8", Instant.EPOCH, body.getBytes(StandardCharsets.UTF_8));
    }
}
