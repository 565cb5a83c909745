package dev.verbatim.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** {@code ingest warc} must not count a page the broker refused as pushed. */
class IngestWarcIntegrationTest {

    @TempDir
    Path tmp;

    @Test
    void aPageTheBrokerRefusesFailsTheImportAndIsNamed() throws Exception {
        String topic = "warc-refusing-raw";
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestBroker.bootstrapServers());
        try (Admin a = Admin.create(admin)) {
            // A raw topic that takes records of at most 4 KiB: the big page below cannot go in.
            a.createTopics(List.of(new NewTopic(topic, 1, (short) 1)
                    .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "4096")))).all().get();
        }
        Path warc = tmp.resolve("pages.warc.gz");
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(warc, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            w.write(response("https://news.example/small", "<html><body><p>A short story.</p></body></html>"));
            w.write(response("https://news.example/big", "<html><body><p>" + incompressible(60_000) + "</p></body></html>"));
        }
        Path config = tmp.resolve("test.properties");
        Files.writeString(config, "topics.raw=" + topic + "\n", StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Main.execute(new String[] {"ingest", "warc", "--bootstrap-servers", TestBroker.bootstrapServers(),
            "--config", config.toString(), warc.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("could not push every WARC page to " + topic)
                .contains("https://news.example/big");
        assertThat(out.toString()).doesNotContain("pages pushed");
    }

    private static WarcResponse response(String url, String html) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream http = new ByteArrayOutputStream();
        http.writeBytes(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        http.writeBytes(body);
        return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2026-11-28T08:00:00Z"))
                .body(MediaType.HTTP_RESPONSE, http.toByteArray()).build();
    }

    /** Text that zstd cannot shrink below the topic's limit. */
    private static String incompressible(int chars) {
        Random random = new Random(42);
        StringBuilder sb = new StringBuilder(chars);
        for (int i = 0; i < chars; i++) {
            sb.append((char) ('!' + random.nextInt(90)));
        }
        return sb.toString().replace("<", "a").replace("&", "b");
    }
}
