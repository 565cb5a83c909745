package dev.verbatim.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The endpoint on its own: a busy port means no endpoint (the stage goes on), only GET and HEAD are answered. */
class MetricsServerTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPortInUseGivesNoEndpointInsteadOfAFailure() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            MetricsSettings settings = new MetricsSettings(true, taken.getLocalPort(), "127.0.0.1");
            assertThat(MetricsServer.serve(settings, new StageMetrics())).isEmpty();
        }
        assertThat(MetricsServer.serve(MetricsSettings.OFF, new StageMetrics())).isEmpty();
    }

    @Test
    void answersGetWithTheHealthItIsGivenAndRefusesPost() throws Exception {
        StageMetrics metrics = new StageMetrics();
        metrics.healthFrom(() -> new Health(true, Map.of("stages", "running")));
        try (MetricsServer server = MetricsServer.serve(new MetricsSettings(true, 0, "127.0.0.1"), metrics).orElseThrow()) {
            URI health = URI.create("http://127.0.0.1:" + server.port() + "/health");
            HttpResponse<String> up = http.send(HttpRequest.newBuilder(health).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(up.statusCode()).isEqualTo(200);
            assertThat(up.body()).isEqualTo("{\"status\":\"up\",\"checks\":{\"stages\":\"running\"}}");

            metrics.healthFrom(() -> Health.down("stages", "failed: the sink stopped"));
            HttpResponse<String> down = http.send(HttpRequest.newBuilder(health).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).isEqualTo("{\"status\":\"down\",\"checks\":{\"stages\":\"failed: the sink stopped\"}}");

            HttpResponse<String> post = http.send(HttpRequest.newBuilder(health).POST(HttpRequest.BodyPublishers.noBody())
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(post.statusCode()).isEqualTo(405);
        }
    }
}
