package dev.verbatim.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, hostile input through the file commands: a gzip bomb (1 GiB of zeros) and a sparse
 * 1.5 GiB file took the JVM down, a file over 10 MiB aborted {@code run --files}, unreadable
 * files and two files of one URL vanished from the count, and {@code clean-dir IN FILE}, {@code
 * rules diff --sample -3} printed only a path or a number. Now every file is accounted for with
 * its reason, nothing is held in memory past the size limit, and bad usage is one line, exit 2.
 */
class Issue12HostileFilesTest {

    @TempDir
    Path tmp;

    private Path in;

    @BeforeEach
    void corpus() throws IOException {
        in = Files.createDirectories(tmp.resolve("in"));
        HostileFiles.article(in, "a-good", "https://news.example/good");
        HostileFiles.gzipBomb(in, "b-bomb");
        HostileFiles.sparse(in, "c-sparse", 3L << 29);
        HostileFiles.corruptGzip(in, "d-corrupt");
        HostileFiles.withSidecarUrl(in, "e-javascript", "javascript:alert(1)");
        HostileFiles.withSidecarUrl(in, "f-crlf", "https://news.example/a\r\nSet-Cookie: x=1");
        HostileFiles.withSidecarUrl(in, "g-surrogate", "https://news.example/\uD800");
        HostileFiles.withSidecarUrl(in, "h-huge", "https://news.example/" + "a".repeat(1 << 20));
        HostileFiles.withSidecarUrl(in, "i-empty", "");
        HostileFiles.article(in, "j-twin", "https://news.example/good?utm_source=rss");
    }

    @Test
    void cleanDirAccountsForEveryFileWithItsReason() {
        CommandRun o = CommandRun.of("clean-dir", in.toString(), tmp.resolve("out").toString());

        assertThat(o.code()).isZero();
        assertThat(o.out()).contains("pages: 10, transcripts written: 2, rejected: 2, skipped: 6, into");
        assertThat(o.err()).contains(
                "rejected " + in.resolve("b-bomb.html.gz") + ": decode/too-large: the file has more than"
                        + " limits.max_input_bytes (8,388,608) bytes once decompressed",
                "rejected " + in.resolve("c-sparse.html") + ": decode/too-large: the file has 1,610,612,736 bytes,"
                        + " more than limits.max_input_bytes (8,388,608)",
                "skipped " + in.resolve("d-corrupt.html.gz") + ": Not in GZIP format",
                "(scheme 'javascript')", "white space or a control character (U+000D)", "a lone surrogate (U+D800)",
                "the URL has 1,048,597 characters, more than 4,096", "the URL is empty");
        assertThat(o.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void cleanPageRejectsABombInOneLine() throws IOException {
        CommandRun o = CommandRun.of("clean-page", in.resolve("b-bomb.html.gz").toString());

        assertThat(o.code()).isEqualTo(Main.EXIT_FAILURE);
        assertThat(o.err().strip()).isEqualTo("verbatim: page rejected: decode/too-large: the file has more than"
                + " limits.max_input_bytes (8,388,608) bytes once decompressed (1,042,257 compressed)"
                .replace("1,042,257", String.format(java.util.Locale.ROOT, "%,d", Files.size(in.resolve("b-bomb.html.gz")))));
    }

    @Test
    void runOnceCountsEveryFilePushedRejectedSkippedAndStored() {
        CommandRun o = CommandRun.of("run", "--once", "--bootstrap-servers", TestBroker.bootstrapServers(),
                "--config", config("hostile1").toString(), "--out", tmp.resolve("out").toString(),
                "--files", in.toString());

        assertThat(o.code()).as(o.err()).isZero();
        List<String> lines = o.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("files: 10, skipped: 7");
        assertThat(lines.get(1)).startsWith("pages in: 3, transcripts stored: 1, rejected: 2, elapsed:");
        assertThat(o.out()).contains("  skipped " + in.resolve("j-twin.html") + " - same URL as "
                + in.resolve("a-good.html") + " (https://news.example/good), which is pushed instead");
        assertThat(lines.stream().filter(l -> l.startsWith("  skipped ")).count()).isEqualTo(7);
        assertThat(lines.stream().filter(l -> l.startsWith("  rejected ") && l.contains("decode/too-large")).count()).isEqualTo(2);
    }

    @Test
    void outputThatIsAFileIsAUsageError() throws IOException {
        Path file = Files.writeString(tmp.resolve("file"), "x");
        CommandRun o = CommandRun.of("clean-dir", in.toString(), file.toString());

        assertThat(o.code()).isEqualTo(Main.EXIT_USAGE);
        assertThat(o.err().lines().findFirst()).contains("verbatim: OUT must be a directory, and " + file + " is a file");
    }

    @Test
    void negativeSampleIsAUsageError() {
        CommandRun o = CommandRun.of("rules", "diff", "--rules", tmp.resolve("r.yaml").toString(), "--sample", "-3",
                "--files", in.toString());

        assertThat(o.code()).isEqualTo(Main.EXIT_USAGE);
        assertThat(o.err().lines().findFirst()).contains("verbatim: --sample needs a positive number of pages, got -3");
    }

    private Path config(String suffix) {
        try {
            return Files.writeString(tmp.resolve(suffix + ".properties"), String.join("\n",
                    "topics.raw=raw-" + suffix, "topics.transcripts=transcripts-" + suffix,
                    "topics.rejected=rejected-" + suffix, "clean.application.id=clean-" + suffix,
                    "sink.group.id=sink-" + suffix, "kafka.partitions=1", ""));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
