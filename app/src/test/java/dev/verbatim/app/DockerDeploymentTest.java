package dev.verbatim.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The static check of the Docker deployment that CI can run without Docker: {@code docker-compose.yml}
 * (read with SnakeYAML, which resolves its anchors and merge keys as Compose does) has the services,
 * volumes, healthchecks, images and settings the README promises, and the {@code Dockerfile} builds the
 * jar itself and runs it as a user without privileges. The health probe the stages' healthchecks run is
 * tried against a real HTTP server.
 */
class DockerDeploymentTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Set<String> STAGES = Set.of("ingest", "crawl", "clean", "sink", "rules");
    private static final String PROBE = "/opt/verbatim/healthcheck";

    private static Map<String, Object> compose;
    private static String dockerfile;

    @BeforeAll
    static void read() throws IOException {
        compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml"), StandardCharsets.UTF_8));
        dockerfile = Files.readString(ROOT.resolve("Dockerfile"), StandardCharsets.UTF_8);
    }

    @Test
    void composeHasEveryServiceAndOnlyKnownDependencies() {
        assertThat(services().keySet()).containsExactlyInAnyOrder("kafka", "postgres", "ingest", "crawl", "clean", "sink",
                "rules");
        services().forEach((name, s) -> map(s, "depends_on").forEach((dependency, how) -> {
            assertThat(services()).as(name + " depends on " + dependency).containsKey(dependency);
            assertThat(map(how, "").get("condition")).as(name + " waits for " + dependency).isEqualTo("service_healthy");
            assertThat(map(services().get(dependency), "healthcheck")).as(dependency + " healthcheck").isNotEmpty();
        }));
        assertThat(map(service("sink"), "depends_on")).containsKeys("kafka", "postgres");
    }

    @Test
    void kafkaLogGoesToItsVolume() {
        Map<String, Object> kafka = service("kafka");
        assertThat((String) kafka.get("image")).isEqualTo("apache/kafka:" + pomProperty("kafka.version"));
        String logDirs = String.valueOf(map(kafka, "environment").get("KAFKA_LOG_DIRS"));
        assertThat(namedVolumeTargets(kafka)).contains(logDirs);
        assertThat(namedVolumeTargets(service("postgres"))).contains("/var/lib/postgresql/data");
        assertThat((String) service("postgres").get("image")).isEqualTo("postgres:16");
    }

    @Test
    void everyStageRunsTheImageBuiltHereWithAHealthcheckAndJvmOptions() {
        for (String name : STAGES) {
            Map<String, Object> s = service(name);
            assertThat(s.get("image")).as(name).isEqualTo("verbatim:local");
            Map<String, Object> build = map(s, "build");
            assertThat(ROOT.resolve(String.valueOf(build.get("context"))).resolve(String.valueOf(build.get("dockerfile"))))
                    .as(name + " Dockerfile").isRegularFile();
            assertThat(list(map(s, "healthcheck").get("test"))).as(name).containsExactly("CMD", PROBE);
            Map<String, Object> env = map(s, "environment");
            assertThat(env).as(name).containsEntry("VERBATIM_KAFKA_BOOTSTRAP_SERVERS", "kafka:19092")
                    .containsKey("VERBATIM_METRICS_PORT").containsKey("JAVA_OPTS");
            assertThat(String.valueOf(env.get("JAVA_OPTS"))).as(name).contains("${VERBATIM_JAVA_OPTS:-");
            assertThat(map(s, "depends_on")).as(name).containsKey("kafka");
            for (Object volume : list(s.get("volumes"))) {
                assertThat(String.valueOf(volume)).as(name + " mounts no build output").doesNotContain("target/");
            }
        }
    }

    @Test
    void cleanCanBeScaled() {
        Map<String, Object> clean = service("clean");
        assertThat(clean).doesNotContainKeys("container_name", "ports", "hostname");
        assertThat(list(clean.get("command"))).containsExactly("clean");
        assertThat(map(clean, "environment").get("VERBATIM_KAFKA_PARTITIONS")).isEqualTo("4");
    }

    @Test
    void everyVerbatimVariableNamesAConfigurationKey() throws IOException {
        Properties reference = new Properties();
        try (InputStream in = Files.newInputStream(ROOT.resolve("app/src/main/resources/reference.properties"))) {
            reference.load(in);
        }
        List<String> unknown = new ArrayList<>();
        for (String name : STAGES) {
            for (String variable : map(service(name), "environment").keySet()) {
                if (variable.startsWith("VERBATIM_")) {
                    String key = variable.substring("VERBATIM_".length()).toLowerCase(Locale.ROOT).replace('_', '.');
                    if (!reference.containsKey(key)) {
                        unknown.add(name + ": " + variable);
                    }
                }
            }
        }
        assertThat(unknown).isEmpty();
    }

    @Test
    void dockerfileBuildsTheJarAndRunsItUnprivileged() {
        List<String> froms = matches("(?m)^FROM\\s+(\\S+)(?:\\s+AS\\s+(\\S+))?", 1);
        assertThat(froms).hasSize(2);
        assertThat(froms.get(0)).startsWith("maven:").contains("eclipse-temurin-17");
        assertThat(froms.get(1)).isEqualTo("eclipse-temurin:17-jre");
        String runtime = dockerfile.substring(dockerfile.lastIndexOf("\nFROM "));
        String build = dockerfile.substring(0, dockerfile.lastIndexOf("\nFROM "));
        assertThat(build).containsPattern("RUN mvn .*package");
        assertThat(runtime).contains("COPY --from=build /src/app/target/verbatim.jar /opt/verbatim/verbatim.jar")
                .contains("COPY docker/healthcheck " + PROBE)
                .containsPattern("(?m)^USER verbatim$")
                .contains("exec java $JAVA_OPTS -jar /opt/verbatim/verbatim.jar")
                .contains("ENV JAVA_OPTS=");
        for (String source : matches("(?m)^COPY (?!--from)(\\S+) ", 1)) {
            assertThat(ROOT.resolve(source)).as("COPY " + source).exists();
        }
        assertThat(ROOT.resolve("docker/healthcheck")).isExecutable();
        assertThat(ROOT.resolve(".dockerignore")).content().contains("**/target");
    }

    @Test
    void healthProbePassesOnlyOn200() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is needed to run the probe");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        int[] status = {200};
        server.createContext("/health", ex -> {
            byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(status[0], body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        try {
            int port = server.getAddress().getPort();
            assertThat(probe(port)).isZero();
            status[0] = 503;
            assertThat(probe(port)).isEqualTo(1);
        } finally {
            server.stop(0);
        }
        assertThat(probe(closedPort())).isEqualTo(1);
    }

    private static int probe(int port) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("/bin/bash", ROOT.resolve("docker/healthcheck").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("VERBATIM_METRICS_PORT", String.valueOf(port));
        Process p = pb.start();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the health probe did not finish within 20 s");
        }
        return p.exitValue();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static List<String> matches(String regex, int group) {
        Matcher m = Pattern.compile(regex).matcher(dockerfile);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(group));
        }
        return out;
    }

    private static String pomProperty(String name) {
        try {
            Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)<")
                    .matcher(Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8));
            assertThat(m.find()).as(name + " in pom.xml").isTrue();
            return m.group(1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The targets of the service's mounts whose source is a volume declared at the top level. */
    private static List<String> namedVolumeTargets(Map<String, Object> service) {
        Map<String, Object> declared = map(compose, "volumes");
        List<String> out = new ArrayList<>();
        for (Object v : list(service.get("volumes"))) {
            String[] parts = String.valueOf(v).split(":");
            if (declared.containsKey(parts[0])) {
                out.add(parts[1]);
            }
        }
        return out;
    }

    private static Map<String, Object> services() {
        return map(compose, "services");
    }

    private static Map<String, Object> service(String name) {
        return map(services(), name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object parent, String key) {
        Object v = key.isEmpty() ? parent : ((Map<String, Object>) parent).get(key);
        return v == null ? Map.of() : (Map<String, Object>) v;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object v) {
        return v == null ? List.of() : (List<Object>) v;
    }
}
