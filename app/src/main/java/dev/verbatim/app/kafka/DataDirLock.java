package dev.verbatim.app.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The exclusive hold of one process on an embedded broker's data directory: an OS file lock on
 * {@code verbatim.lock} in it, which holds this process's PID. The OS releases the lock when the
 * process dies (even on {@code kill -9}), so a stale file never blocks a restart. The file itself
 * stays; only the lock on it counts.
 *
 * <p>Thread-safe: one process never holds a directory twice.
 */
public final class DataDirLock implements AutoCloseable {

    static final String FILE_NAME = "verbatim.lock";
    /**
     * The directories this process holds. Checked before a channel is opened: on POSIX, closing any
     * channel on the lock file would drop this process's lock on it.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock on {@code dataDir} (creating the directory), before anything else touches it.
     *
     * @throws DataDirInUseException when another process (or another broker of this one) holds it
     */
    public static DataDirLock take(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel channel = null;
        Path key = null;
        try {
            Files.createDirectories(dataDir);
            key = dataDir.toRealPath();
            if (!HELD.add(key)) {
                throw new DataDirInUseException(dataDir, String.valueOf(ProcessHandle.current().pid()));
            }
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                HELD.remove(key);
                throw new DataDirInUseException(dataDir, holder(file));
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new DataDirLock(key, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            if (key != null) {
                HELD.remove(key);
            }
            throw new UncheckedIOException("cannot lock the data directory " + dataDir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this very process
        }
    }

    /** The PID written by the holder, or "unknown" when the file does not say. */
    private static String holder(Path file) {
        try {
            String pid = Files.readString(file, StandardCharsets.UTF_8).strip();
            return pid.matches("\\d{1,19}") ? pid : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing was locked through it
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the data directory lock: " + e.getMessage(), e);
        } finally {
            HELD.remove(key);
        }
    }
}
