package dev.verbatim.sink;

import dev.verbatim.model.Transcript;
import dev.verbatim.model.TranscriptJson;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;

/**
 * Stores each transcript as {@code <dir>/<id>.json} and {@code <dir>/<id>.md}. Each file is
 * written to a temporary file, forced to disk and renamed over the old one, so readers never see a
 * half-written transcript and a crash leaves either the old or the new file.
 *
 * <p>Thread-safe for distinct ids; writes of one id are expected from one thread.
 */
public final class DirectoryStore implements TranscriptStore {

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    private final Path dir;

    public DirectoryStore(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void put(Transcript t) throws IOException {
        String id = checkedId(t.id());
        writeAtomically(dir.resolve(id + ".json"), TranscriptJson.toPrettyBytes(t));
        writeAtomically(dir.resolve(id + ".md"), MarkdownRenderer.render(t).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void delete(String id) throws IOException {
        String safe = checkedId(id);
        Files.deleteIfExists(dir.resolve(safe + ".json"));
        Files.deleteIfExists(dir.resolve(safe + ".md"));
    }

    private static String checkedId(String id) {
        if (!SAFE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("transcript id '" + id + "' is not a safe file name");
        }
        return id;
    }

    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
