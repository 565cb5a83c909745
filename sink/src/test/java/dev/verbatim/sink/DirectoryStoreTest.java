package dev.verbatim.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verbatim.model.Block;
import dev.verbatim.model.Transcript;
import dev.verbatim.model.TranscriptJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryStoreTest {

    @TempDir
    Path tmp;

    private static Transcript transcript(String id, String title) {
        return Transcript.builder(id, "https://x.example/" + id, Instant.EPOCH).title(title)
                .blocks(List.of(Block.paragraph("text"))).build();
    }

    @Test
    void writesJsonAndMarkdownNamedById() throws Exception {
        DirectoryStore store = new DirectoryStore(tmp);
        store.put(transcript("abc123", "Title"));
        assertThat(TranscriptJson.fromBytes(Files.readAllBytes(tmp.resolve("abc123.json"))).title()).isEqualTo("Title");
        assertThat(Files.readString(tmp.resolve("abc123.md"))).startsWith("# Title");
    }

    @Test
    void secondPutReplacesAndLeavesNoTemporaryFiles() throws Exception {
        DirectoryStore store = new DirectoryStore(tmp);
        store.put(transcript("abc123", "Old"));
        store.put(transcript("abc123", "New"));
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("abc123.json", "abc123.md");
        }
        assertThat(TranscriptJson.fromBytes(Files.readAllBytes(tmp.resolve("abc123.json"))).title()).isEqualTo("New");
    }

    @Test
    void aTemporaryFileLeftByACrashIsOverwrittenNotServed() throws Exception {
        Files.writeString(tmp.resolve(".abc123.json.tmp"), "half a transcript from before a crash");
        DirectoryStore store = new DirectoryStore(tmp);

        store.put(transcript("abc123", "Whole"));
        store.sync();

        assertThat(TranscriptJson.fromBytes(Files.readAllBytes(tmp.resolve("abc123.json"))).title()).isEqualTo("Whole");
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("abc123.json", "abc123.md");
        }
    }

    @Test
    void deleteRemovesBothFiles() throws Exception {
        DirectoryStore store = new DirectoryStore(tmp);
        store.put(transcript("abc123", "T"));
        store.delete("abc123");
        assertThat(tmp.resolve("abc123.json")).doesNotExist();
        assertThat(tmp.resolve("abc123.md")).doesNotExist();
    }

    @Test
    void refusesIdThatEscapesTheDirectory() throws Exception {
        DirectoryStore store = new DirectoryStore(tmp);
        assertThatThrownBy(() -> store.put(transcript("../evil", "T"))).hasMessageContaining("not a safe file name");
    }
}
