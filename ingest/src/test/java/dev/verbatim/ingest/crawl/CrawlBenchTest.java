package dev.verbatim.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Figures for the README, run only with {@code -Dcrawl.bench=true}:
 * {@code mvn -B -o test -pl ingest -Dtest=CrawlBenchTest -Dcrawl.bench=true}.
 */
class CrawlBenchTest {

    private static final int PAGES = 3000;

    static {
        // the JDK server writes headers and body apart; without TCP_NODELAY each answer waits for a delayed ACK (~40 ms)
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    @Test
    void pagesPerSecondAgainstLocalSiteWithDelayZero() throws Exception {
        assumeTrue(Boolean.getBoolean("crawl.bench"));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            String body = path.equals("/") ? home() : path.equals("/robots.txt") ? "User-agent: *\nAllow: /\n"
                    : FakeNewsSite.articleHtml(path);
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, b.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(b);
            }
        });
        server.start();
        try {
            CrawlSettings settings = CrawlSettings.defaults().withDelay(Duration.ZERO).withAllowPrivate(true);
            AtomicInteger pushed = new AtomicInteger();
            CrawlMetrics metrics = new CrawlMetrics();
            String seed = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            Crawler crawler = new Crawler(settings, List.of(Site.ofSeed(seed, 1, Duration.ofMinutes(15))),
                    new HttpPageFetcher(settings, AddressGuard.system(true), Clock.systemUTC()), new MemoryCrawlStore(),
                    p -> pushed.incrementAndGet(), Clock.systemUTC(), metrics);
            long start = System.nanoTime();
            crawler.start();
            crawler.run(true, () -> false);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "BENCH fetched %d pages (pushed %d) in %.2f s: %.0f pages/s (one host, delay 0)%n",
                    metrics.fetchedCount(), pushed.get(), seconds, metrics.fetchedCount() / seconds);
            assertThat(pushed.get()).isEqualTo(PAGES);
        } finally {
            server.stop(0);
        }
    }

    private static String home() {
        StringBuilder sb = new StringBuilder("<html><body>");
        for (int i = 0; i < PAGES; i++) {
            sb.append("<a href=\"/news/story-").append(i).append(".html\">s</a>\n");
        }
        return sb.append("</body></html>").toString();
    }

    @Test
    void heapOfHundredThousandUrlsInState() {
        assumeTrue(Boolean.getBoolean("crawl.bench"));
        long before = usedAfterGc();
        Map<String, UrlState> states = new HashMap<>();
        Frontier frontier = new Frontier();
        Instant now = Instant.now();
        for (int i = 0; i < 100_000; i++) {
            String url = "https://news" + (i % 50) + ".example.com/2026/11/02/section/some-article-slug-" + i + ".html";
            UrlState s = UrlState.discovered(url, UrlKind.ARTICLE, "site-" + (i % 50), 1, now)
                    .fetched(now, "\"" + Integer.toHexString(i * 31) + "-5f3a\"", "Mon, 02 Nov 2026 08:00:00 GMT",
                            ContentHash.of(url.getBytes(StandardCharsets.UTF_8)), now.plus(Duration.ofDays(7)));
            states.put(url, s);
            frontier.offer(s);
        }
        long after = usedAfterGc();
        System.out.printf(Locale.ROOT, "BENCH 100000 URLs in state + frontier: %.1f MiB heap (%d bytes per URL)%n",
                (after - before) / 1048576.0, (after - before) / 100_000);
        assertThat(states).hasSize(100_000);
        assertThat(frontier.size()).isEqualTo(100_000);
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
