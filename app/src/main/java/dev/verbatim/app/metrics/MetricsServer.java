package dev.verbatim.app.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a stage's {@code GET /metrics} (Prometheus text) and {@code GET /health} (200 with a
 * short JSON body when up, 503 when not) on the JDK's HTTP server, one daemon thread.
 *
 * <p>Thread-safe; close once.
 */
public final class MetricsServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MetricsServer.class);
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService executor;

    private MetricsServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts serving {@code metrics} as {@code settings} say. A port in use is one WARN line and no
     * endpoint, not a failure: the stage's work goes on (a health probe will say so).
     */
    public static Optional<MetricsServer> serve(MetricsSettings settings, StageMetrics metrics) {
        if (!settings.enabled()) {
            return Optional.empty();
        }
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(settings.bind(), settings.port()), 0);
            ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "verbatim-metrics-http");
                t.setDaemon(true);
                return t;
            });
            server.setExecutor(executor);
            server.createContext("/metrics", ex -> answer(ex, 200, PROMETHEUS_TEXT, metrics::scrape));
            server.createContext("/health", ex -> {
                Health h = metrics.health();
                answer(ex, h.up() ? 200 : 503, "application/json", h::toJson);
            });
            server.start();
            MetricsServer s = new MetricsServer(server, executor);
            LOG.info("metrics at http://{}:{}/metrics, health at /health", settings.bind(), s.port());
            return Optional.of(s);
        } catch (BindException e) {
            LOG.warn("no metrics endpoint: cannot listen on {}:{} ({}); set metrics.port (VERBATIM_METRICS_PORT) to a free "
                    + "port or to off", settings.bind(), settings.port(), e.getMessage());
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve metrics on " + settings.bind() + ":" + settings.port() + ": "
                    + e.getMessage(), e);
        }
    }

    /** The port it listens on (the chosen one when the settings asked for port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    private static void answer(HttpExchange ex, int status, String type, Supplier<String> body) throws IOException {
        try (ex) {
            if (!"GET".equals(ex.getRequestMethod()) && !"HEAD".equals(ex.getRequestMethod())) {
                ex.sendResponseHeaders(405, -1);
                return;
            }
            byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", type);
            boolean head = "HEAD".equals(ex.getRequestMethod());
            ex.sendResponseHeaders(status, head ? -1 : bytes.length);
            if (!head) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
