package dev.verbatim.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.verbatim.model.TranscriptId;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verbatim run --crawl http://127.0.0.1:PORT/ --allow-private --once} against a small local
 * site through the shared broker: every allowed article ends as a transcript, the disallowed one is
 * never asked for, and a second run resumes from {@code crawl.state} without pushing anything again.
 */
class CrawlIntegrationTest {

    private static final List<String> ARTICLES = List.of("/news/cranes.html", "/news/library.html", "/news/ferry.html");

    @TempDir
    Path tmp;

    private HttpServer server;
    private final List<String> requested = new CopyOnWriteArrayList<>();

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        requested.add(path);
        String body;
        int status = 200;
        if (path.equals("/robots.txt")) {
            body = "User-agent: *\nDisallow: /private/\n";
        } else if (path.equals("/")) {
            StringBuilder sb = new StringBuilder("<html><body><h1>Harbour News</h1>");
            ARTICLES.forEach(a -> sb.append("<a href=\"").append(a).append("\">story</a> "));
            body = sb.append("<a href=\"/private/draft.html\">draft</a></body></html>").toString();
        } else if (ARTICLES.contains(path) || path.startsWith("/private/")) {
            body = "<html><head><title>Story " + path + "</title></head><body><article><h1>Story " + path + "</h1>"
                    + "<p>The harbour authority said on Monday that new cranes will arrive before the winter.</p>"
                    + "<p>Workers will install them over several weeks, and the port expects busier quays.</p>"
                    + "</article></body></html>";
        } else {
            status = 404;
            body = "not found";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", path.endsWith(".txt") ? "text/plain" : "text/html; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private Path config(String suffix) throws IOException {
        Path file = tmp.resolve("crawl-" + suffix + ".properties");
        Files.writeString(file, String.join("\n",
                "topics.raw=raw-" + suffix, "topics.transcripts=transcripts-" + suffix,
                "topics.rejected=rejected-" + suffix, "clean.application.id=clean-" + suffix,
                "sink.group.id=sink-" + suffix, "crawl.state.topic=crawl-state-" + suffix, "crawl.delay=0ms",
                "kafka.data.dir=" + tmp.resolve("unused").toString().replace('\\', '/')), StandardCharsets.UTF_8);
        return file;
    }

    private String runCrawl(Path config, Path out) {
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = Main.execute(new String[] {"run", "--bootstrap-servers", TestBroker.bootstrapServers(), "--config",
                config.toString(), "--crawl", base() + "/", "--allow-private", "--once", "--out", out.toString()},
                new PrintWriter(stdout, true), new PrintWriter(stderr, true));
        assertThat(code).as(stderr.toString()).isZero();
        return stdout.toString();
    }

    @Test
    void runCrawlOnceStoresEveryAllowedArticleAndRestartPushesNothing() throws Exception {
        Path config = config("c1");
        Path out = tmp.resolve("out");
        String first = runCrawl(config, out);
        assertThat(first).contains("pages in: 3, transcripts stored: 3");
        for (String a : ARTICLES) {
            assertThat(out.resolve(TranscriptId.of(base() + a) + ".json")).exists();
        }
        assertThat(requested).noneMatch(p -> p.startsWith("/private/"));

        requested.clear();
        String second = runCrawl(config, out);
        assertThat(second).contains("pages in: 0");
        assertThat(requested).doesNotContainAnyElementsOf(ARTICLES);
    }

    @Test
    void badSeedAndBadCrawlConfigAreOneLineErrorsBeforeAnyBrokerStarts() throws IOException {
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"run", "--once", "--data", tmp.resolve("d").toString(), "--crawl",
                "ftp://news.example/"}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(code).isEqualTo(Main.EXIT_FAILURE);
        assertThat(err.toString().strip()).isEqualTo("verbatim: --crawl needs http(s) URLs, got 'ftp://news.example/'");
        Path bad = tmp.resolve("bad.properties");
        Files.writeString(bad, "crawl.delay=soon\n", StandardCharsets.UTF_8);
        StringWriter err2 = new StringWriter();
        Main.execute(new String[] {"ingest", "crawl", "--config", bad.toString(), "http://news.example/"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err2, true));
        assertThat(err2.toString().strip()).startsWith("verbatim: crawl.delay must be a duration such as 500ms");
        assertThat(tmp.resolve("d")).doesNotExist();
    }
}
