package dev.verbatim.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad command lines get one line naming the problem and a non-zero exit, never a stack trace. */
class MainTest {

    @TempDir
    Path tmp;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"demo", "run", "ingest", "ingest files", "ingest crawl",
        "ingest warc", "clean", "sink", "clean-page", "clean-dir", "rules", "rules show", "rules diff", "replay", "bench"})
    void everyCommandPrintsItsHelp(String command) {
        String[] args = (command + " --help").split(" ");
        CommandRun o = run(args);
        assertThat(o.code()).isZero();
        assertThat(o.out()).startsWith("Usage: verbatim " + command);
    }

    @Test
    void unknownSubcommandIsUsageError() {
        CommandRun o = run("frobnicate");
        assertThat(o.code()).isEqualTo(Main.EXIT_USAGE);
        assertThat(o.err()).startsWith("verbatim: Unmatched argument at index 0: 'frobnicate'");
        assertThat(o.err()).doesNotContain("at dev.verbatim", "Exception");
    }

    @Test
    void unknownFlagIsUsageError() {
        CommandRun o = run("clean-page", "--colour", "x.html");
        assertThat(o.code()).isEqualTo(Main.EXIT_USAGE);
        assertThat(o.err()).contains("Unknown option: '--colour'");
    }

    @Test
    void missingFileIsOneLineFailure() {
        CommandRun o = run("clean-page", tmp.resolve("nope.html").toString());
        assertThat(o.code()).isEqualTo(Main.EXIT_FAILURE);
        assertThat(o.err().strip()).isEqualTo("verbatim: no such file or directory: " + tmp.resolve("nope.html"));
    }

    @Test
    void missingFilesForRunFailBeforeAnyBrokerStarts() {
        CommandRun o = run("run", "--once", "--data", tmp.resolve("d").toString(), "--files", tmp.resolve("absent").toString());
        assertThat(o.code()).isEqualTo(Main.EXIT_FAILURE);
        assertThat(o.err().strip()).isEqualTo("verbatim: no such file or directory: " + tmp.resolve("absent"));
        assertThat(tmp.resolve("d")).doesNotExist();
    }

    @Test
    void badScriptPolicyIsAUsageErrorNamingTheKey() {
        CommandRun o = run("clean-page", "--script", "klingon", tmp.toString());
        assertThat(o.code()).isEqualTo(Main.EXIT_USAGE);
        assertThat(o.err().lines().findFirst()).contains("verbatim: --script (script.policy): script policy must be hans, hant or keep, not 'klingon'");
    }

    @Test
    void unknownRulesKeyIsOneLineNamingIt() throws Exception {
        java.nio.file.Path rules = tmp.resolve("r.yaml");
        Files.writeString(rules, "script:\n  polcy: hant\n", StandardCharsets.UTF_8);
        CommandRun o = run("clean-page", "--rules", rules.toString(), tmp.toString());
        assertThat(o.code()).isEqualTo(Main.EXIT_FAILURE);
        assertThat(o.err().strip()).isEqualTo("verbatim: unknown rules key 'script.polcy' in " + rules);
    }

    @Test
    void unreachableClusterIsOneLineFailure() {
        CommandRun o = run("ingest", "files", "--bootstrap-servers", "127.0.0.1:1", tmp.toString());
        assertThat(o.code()).isEqualTo(Main.EXIT_FAILURE);
        assertThat(o.err().strip()).isEqualTo("verbatim: cannot reach Kafka at 127.0.0.1:1 (no answer within 15 s)");
    }

    @Test
    void cleanPagePrintsTranscriptJsonUsingSidecarMetadata() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("case"));
        Files.writeString(dir.resolve("page.html"), "<html><head><title>Night market reopens</title></head><body>"
                + "<article><h1>Night market reopens</h1><p>The night market reopened on Friday after two years of repairs"
                + " to the old covered hall.</p></article></body></html>", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("meta.json"),
                "{\"url\":\"https://news.example/market\",\"content_type\":\"text/html\",\"fetched_at\":\"2026-02-03T04:05:06Z\"}",
                StandardCharsets.UTF_8);
        CommandRun o = run("clean-page", dir.resolve("page.html").toString());
        assertThat(o.code()).isZero();
        assertThat(o.out()).contains("\"url\" : \"https://news.example/market\"")
                .contains("\"fetched_at\" : \"2026-02-03T04:05:06Z\"")
                .contains("\"title\" : \"Night market reopens\"");
    }

    @Test
    void cleanDirNamesOutputsByCaseFolderOrStrippedFileName() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String html = "<html><body><article><h1>Tram line opens</h1><p>The new tram line opened this morning with"
                + " free rides for the first week.</p></article></body></html>";
        Files.createDirectories(in.resolve("caseA"));
        Files.writeString(in.resolve("caseA").resolve("page.html"), html, StandardCharsets.UTF_8);
        try (var gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(in.resolve("abc.html.gz")))) {
            gz.write(html.getBytes(StandardCharsets.UTF_8));
        }
        CommandRun o = run("clean-dir", in.toString(), tmp.resolve("out").toString(), "--format", "text");
        assertThat(o.code()).isZero();
        assertThat(tmp.resolve("out").resolve("caseA.json")).exists();
        assertThat(Files.readString(tmp.resolve("out").resolve("abc.json"), StandardCharsets.UTF_8))
                .contains("\"articleBody\"").contains("free rides for the first week");
    }
}
