package dev.verbatim.ingest.warc;

import dev.verbatim.model.PageUrl;
import dev.verbatim.model.RawPage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.Objects;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the HTTP response records of a WARC file (plain or gzipped, jwarc) as raw pages: key the
 * record's target URI, fetch time its WARC-Date, body the HTTP payload with transfer and content
 * encodings undone (at most {@code maxBodyBytes}, read no further than that however well the body
 * compresses; longer ones are skipped, and so are targets that are not sane http(s) URLs), and the HTTP headers
 * kept. Requests, metadata, revisits and non-2xx responses are passed over. Streams record by
 * record: a file of any size needs memory for one page.
 *
 * <p>Stateless and thread-safe.
 */
public final class WarcPages {

    /** A page with its original HTTP response headers (first value of each). */
    public record WarcPage(RawPage page, Map<String, String> httpHeaders) {
        public WarcPage {
            Objects.requireNonNull(page, "page");
            httpHeaders = Map.copyOf(httpHeaders);
        }
    }

    /** Receives each page as it is read. */
    @FunctionalInterface
    public interface Receiver {
        void accept(WarcPage page) throws InterruptedException;
    }

    /** What one file gave. */
    public record Counts(int pages, int skipped) {
    }

    /** Headers that describe the wire form, not the decoded body kept. */
    private static final Set<String> WIRE_HEADERS = Set.of("content-encoding", "transfer-encoding", "content-length");

    private final int maxBodyBytes;

    public WarcPages(int maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Reads one WARC file, handing each 2xx HTTP response to {@code receiver}. */
    public Counts read(Path file, Receiver receiver) throws IOException, InterruptedException {
        int pages = 0;
        int skipped = 0;
        try (WarcReader reader = new WarcReader(file)) {
            reader.setLenient(true);
            for (WarcRecord record : reader) {
                if (!(record instanceof WarcResponse response) || !response.contentType().base().toString().equals("application/http")) {
                    continue;
                }
                WarcPage page = page(response);
                if (page == null) {
                    skipped++;
                } else {
                    receiver.accept(page);
                    pages++;
                }
            }
        }
        return new Counts(pages, skipped);
    }

    private WarcPage page(WarcResponse response) throws IOException {
        HttpResponse http = response.http();
        if (http.status() / 100 != 2 || PageUrl.defect(response.target(), PageUrl.WEB).isPresent()) {
            return null;
        }
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            body = in.readNBytes(maxBodyBytes + 1);
        }
        if (body.length > maxBodyBytes) {
            return null;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        http.headers().map().forEach((name, values) -> {
            if (!values.isEmpty() && !WIRE_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, values.get(0));
            }
        });
        String type = http.headers().first("Content-Type").orElse("");
        return new WarcPage(new RawPage(response.target(), type, response.date(), body), headers);
    }
}
