package dev.verbatim.sink;

import dev.verbatim.model.Transcript;
import dev.verbatim.model.TranscriptJson;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
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
    /** Renames and removals made so far; {@link #sync()} forces the directory when it grew. */
    private final AtomicLong changes = new AtomicLong();
    private long synced;

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
        try {
            return Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes);
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    @Override
    public void delete(String id) throws IOException {
        String safe = checkedId(id);
        boolean removed = Files.deleteIfExists(dir.resolve(safe + ".json"));
        removed |= Files.deleteIfExists(dir.resolve(safe + ".md"));
        if (removed) {
            changes.incrementAndGet();
        }
    }

    /** Makes the renames and removals so far durable: one fsync of the directory, when anything changed. */
    @Override
    public synchronized void sync() throws IOException {
        long seen = changes.get();
        if (seen == synced) {
            return;
        }
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        }
        synced = seen;
    }

    @Override
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
        sync();
        return removed;
    }

    private static String checkedId(String id) {
        if (!SAFE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("transcript id '" + id + "' is not a safe file name");
        }
        return id;
    }

    /**
     * Writes {@code bytes} to a temporary file next to {@code target}, forces them to disk and renames
     * the file over {@code target}: readers see the old file or the new one, never a part. The temp
     * name is fixed per target (one writer per transcript id; a left-over from a crash is simply
     * overwritten), and the file gets the usual {@code 0666 & ~umask} mode, like any file a tool
     * writes. File operations are few on purpose: on virtualised disks each one costs about as much
     * CPU as cleaning a page.
     */
    private void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        boolean moved = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
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
            moved = true;
            changes.incrementAndGet();
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
