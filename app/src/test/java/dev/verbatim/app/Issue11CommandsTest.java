package dev.verbatim.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.model.Transcript;
import dev.verbatim.model.TranscriptJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11, the command-line side: only {@code replay} and {@code run --rules} make rules active,
 * the other stage commands refuse {@code --rules} (and {@code clean.rules} in their configuration)
 * with one line before anything starts; and one article has one id however its URL is written.
 */
class Issue11CommandsTest {

    @TempDir
    Path tmp;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest files PAGE", "ingest crawl https://news.example/", "ingest warc PAGE", "clean", "sink"})
    void stageCommandsRefuseRulesInOneLine(String command) throws Exception {
        Path rules = Files.writeString(tmp.resolve("r.yaml"), "script:\n  policy: hant\n", StandardCharsets.UTF_8);
        Path page = Files.writeString(tmp.resolve("p.html"), "<p>x</p>", StandardCharsets.UTF_8);
        String[] args = (command.replace("PAGE", page.toString()) + " --rules " + rules).split(" ");
        CommandRun o = run(args);
        assertThat(o.code()).isEqualTo(Main.EXIT_USAGE);
        assertThat(o.err().lines()).hasSize(1);
        assertThat(o.err()).startsWith("verbatim: '" + command.replace(" PAGE", "").replace(" https://news.example/", "")
                + "' takes no --rules: only 'verbatim replay --rules FILE' and 'verbatim run --rules FILE' make rules active");
    }

    @ParameterizedTest
    @ValueSource(strings = {"clean", "sink", "ingest files"})
    void stageCommandsRefuseRulesFromConfiguration(String command) throws Exception {
        Path rules = Files.writeString(tmp.resolve("r.yaml"), "script:\n  policy: hant\n", StandardCharsets.UTF_8);
        Path cfg = Files.writeString(tmp.resolve("c.properties"), "clean.rules=" + rules + "\n"
                + "kafka.bootstrap.servers=127.0.0.1:1\n", StandardCharsets.UTF_8);
        String[] args = (command + (command.startsWith("ingest") ? " " + tmp : "") + " --config " + cfg).split(" ");
        CommandRun o = run(args);
        assertThat(o.code()).isEqualTo(Main.EXIT_FAILURE);
        assertThat(o.err().strip()).isEqualTo("verbatim: clean.rules is set (" + rules + ") but only 'replay' "
                + "and 'run' make rules active; unset it for '" + command + "'");
    }

    @Test
    void urlVariantsOfOneArticleGiveOneTranscriptId() throws Exception {
        Path page = Files.writeString(tmp.resolve("a.html"), "<html><head><title>Ferry timetable</title></head><body><article>"
                + "<h1>Ferry timetable</h1><p>From next month the morning ferry leaves fifteen minutes earlier to meet the "
                + "first train, the harbour office said.</p></article></body></html>", StandardCharsets.UTF_8);
        CommandRun a = run("clean-page", page.toString(), "--url", "https://News.Example:443/city/ferry?id=3&utm_source=rss#top");
        CommandRun b = run("clean-page", page.toString(), "--url", "https://news.example/city/./ferry?fbclid=abc&id=3");
        assertThat(a.code()).as(a.err()).isZero();
        assertThat(b.code()).as(b.err()).isZero();
        Transcript ta = TranscriptJson.fromBytes(a.out().getBytes(StandardCharsets.UTF_8));
        Transcript tb = TranscriptJson.fromBytes(b.out().getBytes(StandardCharsets.UTF_8));
        assertThat(ta.url()).isEqualTo("https://news.example/city/ferry?id=3");
        assertThat(ta.id()).isEqualTo(tb.id());
    }
}
