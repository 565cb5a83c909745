package dev.verbatim.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.app.kafka.DataDirLock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, one owner per data directory: while a process holds {@code --data} (the OS lock on
 * {@code verbatim.lock}, which names its PID), {@code ingest files}, {@code replay} and {@code run}
 * on it say which PID holds it and exit 2 before they touch the directory: no broker log appears.
 */
class DataDirLockTest {

    @TempDir
    Path tmp;

    private static final String PID = String.valueOf(ProcessHandle.current().pid());

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void commandsOnAHeldDirectoryNameTheHolderAndExit2WithoutTouchingIt() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path page = FaultFixtures.writePage(tmp.resolve("in"), "https://lock.example/1", FaultFixtures.article(1)
                .getBytes(StandardCharsets.UTF_8));
        Path rules = Files.writeString(tmp.resolve("rules.yaml"), "content:\n  min_chars: 60\n", StandardCharsets.UTF_8);
        try (DataDirLock held = DataDirLock.take(data)) {
            Process other = otherProcess(data, page);
            assertThat(other.waitFor(60, TimeUnit.SECONDS)).as("the second process exits").isTrue();
            assertThat(other.exitValue()).isEqualTo(2);
            assertThat(Files.readString(tmp.resolve("other.err"), StandardCharsets.UTF_8))
                    .contains("verbatim: the data directory " + data + " is in use by another Verbatim process (PID " + PID + ")")
                    .doesNotContain("Exception");
            for (String[] args : List.of(
                    new String[] {"ingest", "files", "--data", data.toString(), page.toString()},
                    new String[] {"replay", "--data", data.toString(), "--rules", rules.toString(), "--once"},
                    new String[] {"run", "--once", "--data", data.toString(), "--files", page.toString()})) {
                CommandRun r = CommandRun.of(args);
                assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(2);
                assertThat(r.err()).contains("is in use by another Verbatim process (PID " + PID + ")");
            }
        }
        assertThat(names(data)).containsExactly("verbatim.lock"); // no broker log was started there
        DataDirLock.take(data).close(); // released: the next owner gets it
    }

    /** {@code verbatim ingest files} in a JVM of its own, as a second shell would start it. */
    private Process otherProcess(Path data, Path page) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "ingest", "files", "--data", data.toString(), page.toString())
                .redirectOutput(tmp.resolve("other.out").toFile()).redirectError(tmp.resolve("other.err").toFile())
                .start();
    }
}
