package dev.verbatim.ingest.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/**
 * A small news site on 127.0.0.1 written for these tests: robots.txt with a disallowed path, a
 * Crawl-delay and a sitemap index holding a news sitemap; a home page linking to articles, an RSS
 * feed, a GBK page, a redirect chain, a 404, a 503 with Retry-After (once), a slow page, an oversized
 * page, a gzip bomb and an image. Articles answer conditional GETs with 304. Every request is logged
 * with its arrival time.
 */
final class FakeNewsSite implements AutoCloseable {

    /** One request as the server saw it. */
    record Hit(String path, long nanos, String ifNoneMatch, String userAgent) {
    }

    static final List<String> ARTICLES = List.of("/news/a1.html", "/news/a2.html", "/news/a3.html", "/news/a4.html",
            "/news/a5.html", "/news/gbk.html", "/news/busy.html");
    static final int BOMB_BYTES = 20 * 1024 * 1024;

    static {
        // the JDK server writes headers and body apart; without TCP_NODELAY each answer waits for a delayed ACK
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Hit> hits = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final byte[] bomb;
    private final String crawlDelay;

    FakeNewsSite(String crawlDelay) throws IOException {
        this.crawlDelay = crawlDelay;
        this.bomb = gzip(new byte[BOMB_BYTES]);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String url(String path) {
        return base() + path;
    }

    List<Hit> hits() {
        return new ArrayList<>(hits);
    }

    List<Hit> hits(String path) {
        return hits.stream().filter(h -> h.path().equals(path)).toList();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        hits.add(new Hit(path, System.nanoTime(), header(ex, "If-None-Match"), header(ex, "User-Agent")));
        int n = counts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        try (ex) {
            route(ex, path, n);
        }
    }

    private static String header(HttpExchange ex, String name) {
        String v = ex.getRequestHeaders().getFirst(name);
        return v == null ? "" : v;
    }

    private void route(HttpExchange ex, String path, int n) throws IOException {
        switch (path) {
            case "/robots.txt" -> send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private/\nCrawl-delay: "
                    + crawlDelay + "\n\nSitemap: " + url("/sitemap_index.xml") + "\n");
            case "/" -> send(ex, 200, "text/html; charset=utf-8", home());
            case "/rss.xml" -> send(ex, 200, "application/rss+xml", rss());
            case "/sitemap_index.xml" -> send(ex, 200, "application/xml", sitemapIndex());
            case "/sitemap-news.xml" -> send(ex, 200, "application/xml", newsSitemap());
            case "/redirect/1" -> redirect(ex, "/redirect/2");
            case "/redirect/2" -> redirect(ex, url("/news/a3.html"));
            case "/news/busy.html" -> busy(ex, n);
            case "/news/slow.html" -> stall(ex);
            case "/news/big.html" -> send(ex, 200, "text/html", "<html><body>" + "x".repeat(300_000) + "</body></html>");
            case "/news/bomb.html" -> bomb(ex);
            case "/news/gbk.html" -> article(ex, path, gbkPage(), "text/html");
            case "/img.png" -> send(ex, 200, "image/png", "\u0089PNG not really");
            default -> articleOr404(ex, path);
        }
    }

    private void articleOr404(HttpExchange ex, String path) throws IOException {
        if (ARTICLES.contains(path) || path.startsWith("/private/")) {
            article(ex, path, articleHtml(path).getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
        } else {
            send(ex, 404, "text/html", "<html><body>not here</body></html>");
        }
    }

    private static void article(HttpExchange ex, String path, byte[] body, String type) throws IOException {
        String etag = "\"" + Integer.toHexString(path.hashCode()) + "\"";
        if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            ex.getResponseHeaders().set("ETag", etag);
            ex.sendResponseHeaders(304, -1);
            return;
        }
        ex.getResponseHeaders().set("ETag", etag);
        ex.getResponseHeaders().set("Last-Modified", "Mon, 02 Nov 2026 08:00:00 GMT");
        send(ex, 200, type, body);
    }

    static String articleHtml(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return "<html><head><title>Story " + name + "</title></head><body><article><h1>Story " + name + "</h1>"
                + "<p>The harbour authority said on Monday that story " + name + " is about new cranes arriving.</p>"
                + "<p>Workers will install them over the winter, and the port expects busier quays by spring.</p>"
                + "<a href=\"/news/a1.html\">back to a1</a></article></body></html>";
    }

    static byte[] gbkPage() {
        String html = "<html><head><meta charset=\"gbk\"><title>港口新闻</title></head><body><article><h1>港口新闻</h1>"
                + "<p>港务局周一表示，新的起重机将于冬季安装完毕，明年春天码头将更加繁忙。</p>"
                + "<p>工人们将在整个冬天进行安装工作，港口预计春季吞吐量将明显增加。</p></article></body></html>";
        return html.getBytes(Charset.forName("GBK"));
    }

    private String home() {
        return "<html><head><title>Harbour News</title><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss.xml\">"
                + "</head><body><a href=\"/news/a1.html\">one</a> <a href=\"/news/a1.html?utm_source=home#top\">one again</a>"
                + " <a href=\"news/a2.html\">two</a> <a href=\"/private/secret.html\">secret</a>"
                + " <a href=\"/redirect/1\">three</a> <a href=\"/missing.html\">gone</a> <a href=\"/news/busy.html\">busy</a>"
                + " <a href=\"/news/slow.html\">slow</a> <a href=\"/news/big.html\">big</a> <a href=\"/news/bomb.html\">bomb</a>"
                + " <a href=\"/news/gbk.html\">gbk</a> <a href=\"/img.png\">img</a> <a href=\"http://other.example/x\">out</a>"
                + "</body></html>";
    }

    private String rss() {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbour</title><link>" + base() + "/</link>"
                + "<description>d</description><item><title>Four</title><link>" + url("/news/a4.html")
                + "</link></item></channel></rss>";
    }

    private String sitemapIndex() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<sitemap><loc>" + url("/sitemap-news.xml") + "</loc></sitemap></sitemapindex>";
    }

    private String newsSitemap() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                + "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"><url><loc>" + url("/news/a5.html") + "</loc>"
                + "<news:news><news:publication><news:name>Harbour</news:name><news:language>en</news:language>"
                + "</news:publication><news:publication_date>2026-11-02T08:00:00Z</news:publication_date>"
                + "<news:title>Five</news:title></news:news></url></urlset>";
    }

    private void redirect(HttpExchange ex, String to) throws IOException {
        ex.getResponseHeaders().set("Location", to);
        ex.sendResponseHeaders(302, -1);
    }

    private void busy(HttpExchange ex, int n) throws IOException {
        if (n == 1) {
            ex.getResponseHeaders().set("Retry-After", "1");
            send(ex, 503, "text/html", "busy");
        } else {
            article(ex, "/news/busy.html", articleHtml("/news/busy.html").getBytes(StandardCharsets.UTF_8), "text/html");
        }
    }

    /** Sends headers and a first chunk, then holds the body until the site closes. */
    private void stall(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/html");
        ex.sendResponseHeaders(200, 0);
        ex.getResponseBody().write("<html><body>slow".getBytes(StandardCharsets.UTF_8));
        ex.getResponseBody().flush();
        try {
            closing.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void bomb(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Encoding", "gzip");
        send(ex, 200, "text/html", bomb);
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        send(ex, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(data);
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
