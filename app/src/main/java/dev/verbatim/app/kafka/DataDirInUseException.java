package dev.verbatim.app.kafka;

import java.nio.file.Path;

/**
 * Another process (its PID named) holds the embedded broker's data directory: two brokers on one
 * log directory corrupt it, so the second refuses to start before it touches anything. The
 * launcher exits with the usage code (2): the fix is another {@code --data} or stopping the other.
 */
public final class DataDirInUseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DataDirInUseException(Path dataDir, String pid) {
        super("the data directory " + dataDir + " is in use by another Verbatim process (PID " + pid
                + "); stop it or give another --data directory");
    }
}
