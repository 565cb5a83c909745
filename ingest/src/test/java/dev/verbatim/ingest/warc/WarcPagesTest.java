package dev.verbatim.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcPagesTest {

    private static final Instant DATE = Instant.parse("2026-11-02T08:00:00Z");

    @TempDir
    Path tmp;

    private static byte[] http(String status, String headers, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("HTTP/1.1 " + status + "\r\n" + headers + "Content-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    private Path warc() throws Exception {
        Path file = tmp.resolve("pages.warc.gz");
        byte[] gbk = "<html><head><meta charset=gbk></head><body>港口新闻</body></html>".getBytes(Charset.forName("GBK"));
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
            z.write("<html><body>zipped story</body></html>".getBytes(StandardCharsets.UTF_8));
        }
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            w.write(new WarcRequest.Builder(URI.create("https://news.example/gbk")).date(DATE)
                    .body(MediaType.HTTP_REQUEST, "GET /gbk HTTP/1.1\r\nHost: news.example\r\n\r\n".getBytes(StandardCharsets.US_ASCII)).build());
            w.write(new WarcResponse.Builder(URI.create("https://news.example/gbk")).date(DATE)
                    .body(MediaType.HTTP_RESPONSE, http("200 OK", "Content-Type: text/html; charset=gbk\r\nETag: \"x1\"\r\n", gbk)).build());
            w.write(new WarcResponse.Builder(URI.create("https://news.example/zipped")).date(DATE.plusSeconds(5))
                    .body(MediaType.HTTP_RESPONSE, http("200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n", gz.toByteArray())).build());
            w.write(new WarcResponse.Builder(URI.create("https://news.example/gone")).date(DATE)
                    .body(MediaType.HTTP_RESPONSE, http("404 Not Found", "Content-Type: text/html\r\n", new byte[3])).build());
        }
        return file;
    }

    @Test
    void readsResponseRecordsWithTargetDateHeadersAndExactBytes() throws Exception {
        List<WarcPages.WarcPage> pages = new ArrayList<>();
        WarcPages.Counts counts = new WarcPages(1_000_000).read(warc(), pages::add);
        assertThat(counts).isEqualTo(new WarcPages.Counts(2, 1));
        WarcPages.WarcPage gbk = pages.get(0);
        assertThat(gbk.page().url()).isEqualTo("https://news.example/gbk");
        assertThat(gbk.page().fetchedAt()).isEqualTo(DATE);
        assertThat(gbk.page().contentType()).isEqualTo("text/html; charset=gbk");
        assertThat(new String(gbk.page().body(), Charset.forName("GBK"))).contains("港口新闻");
        assertThat(gbk.httpHeaders()).containsEntry("ETag", "\"x1\"").doesNotContainKey("Content-Length");
        assertThat(new String(pages.get(1).page().body(), StandardCharsets.UTF_8)).isEqualTo("<html><body>zipped story</body></html>");
    }

    @Test
    void skipsBodiesOverTheLimit() throws Exception {
        List<WarcPages.WarcPage> pages = new ArrayList<>();
        WarcPages.Counts counts = new WarcPages(20).read(warc(), pages::add);
        assertThat(pages).isEmpty();
        assertThat(counts.skipped()).isEqualTo(3);
    }
}
