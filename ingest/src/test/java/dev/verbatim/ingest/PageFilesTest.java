package dev.verbatim.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verbatim.model.RawPage;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageFilesTest {

    @TempDir
    Path tmp;

    @Test
    void caseFolderSidecarGivesUrlContentTypeAndFetchTime() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("case1"));
        Files.writeString(dir.resolve("page.txt"), "正文", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("meta.json"), "{\"url\":\"https://x.example/1\",\"content_type\":\"text/plain; charset=utf-8\","
                + "\"fetched_at\":\"2025-11-26T09:00:00Z\"}", StandardCharsets.UTF_8);
        RawPage p = PageFiles.read(dir.resolve("page.txt"));
        assertThat(p.url()).isEqualTo("https://x.example/1");
        assertThat(p.contentType()).isEqualTo("text/plain; charset=utf-8");
        assertThat(p.fetchedAt()).isEqualTo(Instant.parse("2025-11-26T09:00:00Z"));
        assertThat(p.body()).isEqualTo("正文".getBytes(StandardCharsets.UTF_8));
        assertThat(PageFiles.caseName(dir.resolve("page.txt"))).isEqualTo("case1");
    }

    @Test
    void withoutSidecarUrlIsFileUriAndTypeFromExtension() throws Exception {
        Path f = tmp.resolve("story.html");
        Files.writeString(f, "<p>x</p>", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(f, FileTime.from(Instant.parse("2024-05-06T07:08:09Z")));
        RawPage p = PageFiles.read(f);
        assertThat(p.url()).isEqualTo(f.toUri().toString());
        assertThat(p.contentType()).isEqualTo("text/html");
        assertThat(p.fetchedAt()).isEqualTo(Instant.parse("2024-05-06T07:08:09Z"));
    }

    @Test
    void ownSidecarAndGzipAreRead() throws Exception {
        Path f = tmp.resolve("abc.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write("<p>gz</p>".getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(tmp.resolve("abc.html.gz.meta.json"), "{\"url\":\"https://x.example/gz\"}", StandardCharsets.UTF_8);
        RawPage p = PageFiles.read(f);
        assertThat(new String(p.body(), StandardCharsets.UTF_8)).isEqualTo("<p>gz</p>");
        assertThat(p.url()).isEqualTo("https://x.example/gz");
        assertThat(p.contentType()).isEqualTo("text/html");
        assertThat(PageFiles.caseName(f)).isEqualTo("abc");
    }

    @Test
    void findSkipsSidecarsAndNonPagesInSortedOrder() throws Exception {
        Files.createDirectories(tmp.resolve("b"));
        Files.writeString(tmp.resolve("b/page.html"), "x");
        Files.writeString(tmp.resolve("b/meta.json"), "{}");
        Files.writeString(tmp.resolve("b/expected.json"), "{}");
        Files.writeString(tmp.resolve("a.htm"), "x");
        Files.writeString(tmp.resolve("README.md"), "x");
        assertThat(PageFiles.find(List.of(tmp))).containsExactly(tmp.resolve("a.htm"), tmp.resolve("b/page.html"));
    }

    @Test
    void markdownPagesAreCaseFilesOrSidecaredButDocumentationIsNot() throws Exception {
        Files.createDirectories(tmp.resolve("m"));
        Files.writeString(tmp.resolve("m/page.md"), "# x");
        Files.writeString(tmp.resolve("m/meta.json"), "{}");
        Files.writeString(tmp.resolve("NOTES.md"), "x");
        Files.writeString(tmp.resolve("ep.md"), "**Ana:** hi");
        Files.writeString(tmp.resolve("ep.md.meta.json"), "{\"url\":\"https://x.example/ep.md\"}");
        assertThat(PageFiles.find(List.of(tmp))).containsExactly(tmp.resolve("ep.md"), tmp.resolve("m/page.md"));
        assertThat(PageFiles.read(tmp.resolve("m/page.md")).contentType()).isEqualTo("text/markdown");
        assertThat(PageFiles.caseName(tmp.resolve("m/page.md"))).isEqualTo("m");
    }

    @Test
    void markdownFileGivenByNameIsReadAsMarkdown() throws Exception {
        Path f = tmp.resolve("notes.markdown");
        Files.writeString(f, "# x");
        assertThat(PageFiles.find(List.of(f))).containsExactly(f);
        assertThat(PageFiles.read(f).contentType()).isEqualTo("text/markdown");
    }

    @Test
    void missingPathIsNamed() {
        assertThatThrownBy(() -> PageFiles.find(List.of(tmp.resolve("nope"))))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining("nope");
    }

    @Test
    void badFetchedAtInSidecarIsNamed() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("c"));
        Files.writeString(dir.resolve("page.html"), "x");
        Files.writeString(dir.resolve("meta.json"), "{\"fetched_at\":\"last tuesday\"}");
        assertThatThrownBy(() -> PageFiles.read(dir.resolve("page.html")))
                .hasMessageContaining("fetched_at 'last tuesday'");
    }
}
