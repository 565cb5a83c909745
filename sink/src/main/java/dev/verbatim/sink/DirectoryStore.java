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
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Stores each transcript as {@code <dir>/<id>.json} and {@code <dir>/<id>.md}. Each file is
 * written to a temporary file, forced to disk and renamed over the old one, so readers never see a
 * half-written transcript and a crash leaves either the old or the new file.
 *
 * <p>Thread-safe for distinct ids; writes of one id are expected from one thread.
 */
public final class DirectoryStore implements TranscriptStore {

    private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> READABLE =
            java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    private final Path dir;

    public DirectoryStore(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
    }

    public Path dir() {
        return dir;
    }

    /** Writes the transcript's files, unless identical files are already there (then nothing is touched). */
    @Override
    public void put(Transcript t) throws IOException {
        String id = checkedId(t.id());
        Path json = dir.resolve(id + ".json");
        byte[] bytes = TranscriptJson.toPrettyBytes(t);
        Path md = dir.resolve(id + ".md");
        if (sameBytes(json, bytes) && Files.exists(md)) {
            return;
        }
        writeAtomically(md, MarkdownRenderer.render(t).getBytes(StandardCharsets.UTF_8));
        writeAtomically(json, bytes);
    }

    private static boolean sameBytes(Path file, byte[] bytes) throws IOException {
        return Files.exists(file) && Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes);
    }

    @Override
    public void delete(String id) throws IOException {
        String safe = checkedId(id);
        Files.deleteIfExists(dir.resolve(safe + ".json"));
        Files.deleteIfExists(dir.resolve(safe + ".md"));
    }

    /**
     * Removes every stored transcript made under rules other than {@code rulesVersion} (after a
     * replay has caught up, such files can only be left over); returns how many were removed.
     */
    public int removeOtherRules(String rulesVersion) throws IOException {
        int removed = 0;
        try (var files = Files.newDirectoryStream(dir, "*.json")) {
            for (Path f : files) {
                Transcript t;
                try {
                    t = TranscriptJson.fromBytes(Files.readAllBytes(f));
                } catch (IllegalArgumentException e) {
                    continue;
                }
                if (!t.rulesVersion().equals(rulesVersion)) {
                    delete(t.id());
                    removed++;
                }
            }
        }
        return removed;
    }

    private static String checkedId(String id) {
        if (!SAFE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("transcript id '" + id + "' is not a safe file name");
        }
        return id;
    }

    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(tmp, READABLE); // temp files start private; transcripts are for reading
        }
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
