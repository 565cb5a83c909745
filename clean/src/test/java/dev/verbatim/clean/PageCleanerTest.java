package dev.verbatim.clean;

import dev.verbatim.clean.steps.ScriptPolicy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.model.RawPage;
import dev.verbatim.model.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PageCleanerTest {

    private static final PageCleaner CLEANER = new PageCleaner(CleanSettings.defaults());

    private static CleanResult clean(String contentType, byte[] body) {
        return CLEANER.clean(new RawPage("https://x.example/a", contentType, Instant.EPOCH, body));
    }

    private static Reason reason(CleanResult r) {
        return r instanceof CleanResult.Rejected rejected ? rejected.rejection().reason() : null;
    }

    @Test
    void markdownPageIsAllArticleListsAndQuotesIncluded() {
        String md = "Short intro line.\n\n> " + "A long quoted passage from the report goes on and on. ".repeat(12)
                + "\n\n- first plain item\n- second plain item\n\nClosing line.\n";
        CleanResult r = clean("text/markdown; charset=utf-8", md.getBytes(StandardCharsets.UTF_8));
        assertThat(((CleanResult.Cleaned) r).transcript().blocks()).extracting(dev.verbatim.model.Block::text)
                .containsExactly("Short intro line.", md.substring(md.indexOf("> ") + 2, md.indexOf("\n\n- ")).strip(),
                        "first plain item", "second plain item", "Closing line.");
    }

    @Test
    void rejectsEmptyBody() {
        assertThat(reason(clean("text/html", new byte[0]))).isEqualTo(Reason.EMPTY_BODY);
    }

    @Test
    void rejectsBinaryBody() {
        byte[] body = new byte[512];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) (i % 7);
        }
        assertThat(reason(clean("text/html", body))).isEqualTo(Reason.BINARY_CONTENT);
    }

    @Test
    void rejectsPageWithoutText() {
        assertThat(reason(clean("text/html", "<html><body><nav>菜单</nav></body></html>".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(Reason.NO_CONTENT);
    }

    @Test
    void rejectsContentShorterThanMinimum() {
        byte[] body = "<html><body><h1>标题</h1><p>太短了。</p></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(reason(clean("text/html", body))).isEqualTo(Reason.TOO_SHORT);
    }

    @Test
    void rejectionNamesItsStage() {
        CleanResult r = clean("text/html", new byte[0]);
        assertThat(((CleanResult.Rejected) r).rejection().summary()).startsWith("decode/empty-body");
    }

    @Test
    void rulesVersionIsStableForEqualSettings() {
        assertThat(new PageCleaner(CleanSettings.defaults()).rulesVersion()).isEqualTo(CLEANER.rulesVersion());
    }

    @Test
    void rulesVersionChangesWithScriptPolicy() {
        PageCleaner keep = new PageCleaner(CleanSettings.defaults().withScriptPolicy(ScriptPolicy.KEEP));
        assertThat(keep.rulesVersion()).isNotEqualTo(CLEANER.rulesVersion());
    }

    @Test
    void traditionalPolicyWritesTraditional() {
        PageCleaner hant = new PageCleaner(CleanSettings.defaults().withScriptPolicy(ScriptPolicy.HANT));
        byte[] body = "<html><body><h1>储能的账</h1><p>储能归根到底是一个服务生意，设备只是开始。</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        CleanResult r = hant.clean(new RawPage("https://x.example/b", "text/html", Instant.EPOCH, body));
        assertThat(((CleanResult.Cleaned) r).transcript().blocks().get(0).text()).isEqualTo("儲能歸根到底是一個服務生意，設備只是開始。");
    }

    @Test
    void leavesJapaneseKanjiUnconverted() {
        byte[] body = "<html><body><h1>見出し</h1><p>報道によると、今回販売されたのは改造した機器です。</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        CleanResult r = clean("text/html", body);
        assertThat(((CleanResult.Cleaned) r).transcript().blocks().get(0).text())
                .isEqualTo("報道によると、今回販売されたのは改造した機器です。");
    }
}
