package dev.verbatim.app.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) running inside this JVM.
 *
 * <p>Its log directory is formatted on first use only (a directory with a {@code meta.properties}
 * is reused, so topics survive restarts and can be replayed). It binds 127.0.0.1 on free ports and
 * sets replication factor 1 and {@code min.insync.replicas} 1 on the internal offsets and
 * transaction topics so that exactly-once processing works on one node.
 *
 * <p>Not thread-safe: start and close it from one thread.
 */
public final class EmbeddedBroker implements AutoCloseable {

    private static final String CLUSTER_ID_FILE = "verbatim-cluster-id";
    /** Where a running embedded broker leaves its address, so that other commands ({@code status}) find it. */
    private static final String ADDRESS_FILE = "verbatim-broker-address";

    private final Path dataDir;
    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final Optional<String> saslBootstrapServers;

    private EmbeddedBroker(Path dataDir, KafkaRaftServer server, String bootstrapServers,
            Optional<String> saslBootstrapServers) {
        this.dataDir = dataDir;
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.saslBootstrapServers = saslBootstrapServers;
    }

    /** Formats {@code dataDir} if it is new, then starts the broker and returns once it serves. */
    public static EmbeddedBroker start(Path dataDir) {
        return start(dataDir, Map.of());
    }

    /**
     * As {@link #start(Path)}, with a second listener, {@code SASL_PLAINTEXT} with the {@code PLAIN}
     * mechanism on 127.0.0.1, that accepts {@code users} (name to password) and no one else: a secured
     * cluster for tests of Verbatim's Kafka client settings. Without users there is no such listener.
     */
    public static EmbeddedBroker start(Path dataDir, Map<String, String> users) {
        try {
            return start(dataDir, freePort(), freePort(), users);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded broker in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * As {@link #start(Path)}, on the given ports: a broker restarted on its log directory with the
     * same ports is the same cluster to the clients that knew it (the fault tests restart one).
     */
    public static EmbeddedBroker start(Path dataDir, int brokerPort, int controllerPort) {
        return start(dataDir, brokerPort, controllerPort, Map.of());
    }

    private static EmbeddedBroker start(Path dataDir, int brokerPort, int controllerPort, Map<String, String> users) {
        try {
            Files.createDirectories(dataDir);
            Properties props = brokerProperties(dataDir.toAbsolutePath(), brokerPort, controllerPort);
            Optional<String> sasl = Optional.empty();
            if (!users.isEmpty()) {
                int saslPort = freePort();
                addSaslPlainListener(props, saslPort, users);
                sasl = Optional.of("127.0.0.1:" + saslPort);
            }
            formatIfNew(dataDir, props);
            KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
            server.startup();
            String address = "127.0.0.1:" + brokerPort;
            Files.writeString(dataDir.resolve(ADDRESS_FILE), address + "\n", StandardCharsets.UTF_8);
            return new EmbeddedBroker(dataDir, server, address, sasl);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded broker in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The address of the SASL_PLAINTEXT listener, when the broker was started with users. */
    public Optional<String> saslBootstrapServers() {
        return saslBootstrapServers;
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        try {
            Files.deleteIfExists(dataDir.resolve(ADDRESS_FILE));
        } catch (IOException e) {
            // A stale address file is harmless: runningAt() finds nothing listening there.
        }
    }

    /** Whether {@code dataDir} holds a broker's data (it was formatted by an earlier start). */
    public static boolean formatted(Path dataDir) {
        return Files.exists(dataDir.resolve("meta.properties"));
    }

    /**
     * The address of the embedded broker that a running process serves from {@code dataDir}, if
     * one answers there (a TCP connect, so a stale address costs no client warnings).
     */
    public static java.util.Optional<String> runningAt(Path dataDir) {
        try {
            String address = Files.readString(dataDir.resolve(ADDRESS_FILE), StandardCharsets.UTF_8).strip();
            int colon = address.lastIndexOf(':');
            try (java.net.Socket s = new java.net.Socket()) {
                s.connect(new java.net.InetSocketAddress(address.substring(0, colon),
                        Integer.parseInt(address.substring(colon + 1))), 2000);
            }
            return java.util.Optional.of(address);
        } catch (IOException | NumberFormatException | IndexOutOfBoundsException e) {
            return java.util.Optional.empty(); // no file, a garbled one, or nothing listening: no running broker
        }
    }

    static Properties brokerProperties(Path logDir, int brokerPort, int controllerPort) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", logDir.toString());
        p.setProperty("num.partitions", "1");
        p.setProperty("auto.create.topics.enable", "false");
        // One node: every internal topic has one replica and needs one in sync.
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "4");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("transaction.state.log.num.partitions", "4");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("min.insync.replicas", "1");
        p.setProperty("default.replication.factor", "1");
        // The broker shares the machine with the pipeline it serves: no more request and network
        // threads than cores (the defaults, 8 and 3, are for a dedicated broker host).
        int cores = Runtime.getRuntime().availableProcessors();
        p.setProperty("num.io.threads", String.valueOf(Math.min(8, Math.max(2, cores))));
        p.setProperty("num.network.threads", String.valueOf(Math.min(3, Math.max(1, cores / 2))));
        p.setProperty("background.threads", String.valueOf(Math.min(10, Math.max(2, cores))));
        // A killed cleaner's open transaction holds read_committed sinks back until the broker aborts it:
        // look for timed-out transactions every second, not every 10 s.
        p.setProperty("transaction.abort.timed.out.transaction.cleanup.interval.ms", "1000");
        // No point waiting for more group members on a single-process pipeline.
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        // Pages up to 8 MiB plus headers.
        p.setProperty("message.max.bytes", String.valueOf(10 * 1024 * 1024));
        p.setProperty("replica.fetch.max.bytes", String.valueOf(10 * 1024 * 1024));
        p.setProperty("log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024));
        return p;
    }

    /** Adds the listener {@code SASL_PLAINTEXT} (mechanism PLAIN, its JAAS users scoped to that listener). */
    private static void addSaslPlainListener(Properties p, int port, Map<String, String> users) {
        String address = "SASL_PLAINTEXT://127.0.0.1:" + port;
        p.setProperty("listeners", p.getProperty("listeners") + "," + address);
        p.setProperty("advertised.listeners", p.getProperty("advertised.listeners") + "," + address);
        p.setProperty("listener.security.protocol.map",
                p.getProperty("listener.security.protocol.map") + ",SASL_PLAINTEXT:SASL_PLAINTEXT");
        p.setProperty("sasl.enabled.mechanisms", "PLAIN");
        StringBuilder jaas = new StringBuilder("org.apache.kafka.common.security.plain.PlainLoginModule required");
        users.forEach((name, password) -> jaas.append(" user_").append(name).append("=\"").append(password).append('"'));
        p.setProperty("listener.name.sasl_plaintext.plain.sasl.jaas.config", jaas.append(';').toString());
    }

    private static void formatIfNew(Path dataDir, Properties props) throws IOException {
        if (Files.exists(dataDir.resolve("meta.properties"))) {
            return;
        }
        Path config = dataDir.resolve("embedded-broker.properties");
        try (OutputStream out = Files.newOutputStream(config)) {
            props.store(out, "written by verbatim for kafka-storage format");
        }
        String clusterId = Uuid.randomUuid().toString();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int rc;
        try (PrintStream ps = new PrintStream(log, true, StandardCharsets.UTF_8)) {
            rc = StorageTool.execute(new String[] {"format", "--config", config.toString(), "--cluster-id", clusterId}, ps);
        }
        if (rc != 0) {
            throw new IllegalStateException("formatting the broker directory " + dataDir + " failed: "
                    + log.toString(StandardCharsets.UTF_8).strip());
        }
        Files.writeString(dataDir.resolve(CLUSTER_ID_FILE), clusterId + "\n", StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }
}
