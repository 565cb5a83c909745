package dev.verbatim.app;

import dev.verbatim.app.kafka.EmbeddedBroker;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A Kafka broker in a JVM of its own, for the tests that take the broker away: started on a log
 * directory and fixed ports, killed with SIGKILL (kill -9) and started again on the same directory
 * and ports, as an operator's broker restarts. {@link #main} is what runs in the child JVM.
 */
final class BrokerProcess implements AutoCloseable {

    private static final String READY = "broker ready";

    private final Path logDir;
    private final int brokerPort;
    private final int controllerPort;
    private Process process;

    BrokerProcess(Path logDir) throws IOException {
        this.logDir = logDir;
        this.brokerPort = freePort();
        this.controllerPort = freePort();
    }

    /** Runs a broker until this JVM is killed: args are the log directory, the broker port and the controller port. */
    public static void main(String[] args) throws InterruptedException {
        EmbeddedBroker broker = EmbeddedBroker.start(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        System.out.println(READY + " at " + broker.bootstrapServers());
        System.out.flush();
        Thread.currentThread().join(); // until killed
    }

    String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    /** Starts the broker (again) and returns once it serves. */
    void start() throws IOException {
        Path out = logDir.resolveSibling(logDir.getFileName() + ".out");
        Files.deleteIfExists(out);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                BrokerProcess.class.getName(), logDir.toString(), String.valueOf(brokerPort), String.valueOf(controllerPort))
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        FaultFixtures.await(() -> ready(out) || !process.isAlive(), Duration.ofSeconds(120), "the broker process serves");
        if (!process.isAlive()) {
            throw new IllegalStateException("the broker process exited: " + Files.readString(out));
        }
    }

    private static boolean ready(Path out) {
        try {
            return Files.exists(out) && Files.readString(out).contains(READY);
        } catch (IOException e) {
            return false;
        }
    }

    /** kill -9: the broker gets no chance to shut down cleanly. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
