package dev.verbatim.clean.kafka;

import dev.verbatim.clean.CleanResult;
import dev.verbatim.model.PageHeaders;
import dev.verbatim.model.PageUrl;
import dev.verbatim.model.RawPage;
import dev.verbatim.model.Reason;
import dev.verbatim.model.Rejection;
import dev.verbatim.model.RulesActivation;
import dev.verbatim.model.Stage;
import dev.verbatim.model.TranscriptId;
import dev.verbatim.model.TranscriptJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one raw record (bytes and headers), calls the cleaning core and forwards either the
 * transcript (keyed by transcript id) or the original bytes with error headers (keyed by URL).
 * This is the pipeline's one catch-all: an exception from the core becomes an
 * {@code unexpected/internal-error} rejection, never a dead stream thread.
 */
final class CleanProcessor implements Processor<byte[], byte[], String, Routed> {

    private static final Logger LOG = LoggerFactory.getLogger(CleanProcessor.class);

    private final Function<RawPage, CleanResult> cleaner;
    private final RulesActivation rules;
    private final RejectionCounts counts;
    private final RecordLimits limits;
    private ProcessorContext<String, Routed> context;

    CleanProcessor(Function<RawPage, CleanResult> cleaner, RulesActivation rules, RejectionCounts counts,
            RecordLimits limits) {
        this.cleaner = cleaner;
        this.rules = rules;
        this.counts = counts;
        this.limits = limits;
    }

    @Override
    public void init(ProcessorContext<String, Routed> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        byte[] body = record.value() == null ? new byte[0] : record.value();
        String url = url(record);
        long start = System.nanoTime();
        CleanResult result;
        try {
            result = toPage(record, url, body)
                    .map(cleaner)
                    .orElseGet(() -> malformed("record has no URL key and no url header"));
        } catch (BadUrl e) {
            result = malformed("the record's URL is refused: " + e.getMessage());
        } catch (RuntimeException e) {
            result = new CleanResult.Rejected(new Rejection(Stage.UNEXPECTED, Reason.INTERNAL_ERROR,
                    e.getClass().getSimpleName() + ": " + e.getMessage()));
            LOG.error("cleaning {} failed unexpectedly", url, e);
        }
        long nanos = System.nanoTime() - start;
        if (result instanceof CleanResult.Cleaned cleaned) {
            forwardTranscript(record, url, body, cleaned, nanos);
        } else if (result instanceof CleanResult.Rejected rejected) {
            forwardRejection(record, url, body, rejected.rejection(), nanos);
        }
    }

    /**
     * Forwards the transcript, or rejects the page when the record would be larger than the
     * transcripts topic takes: sent, it would fail the transaction on every restart (a poison pill).
     */
    private void forwardTranscript(Record<byte[], byte[]> record, String url, byte[] body, CleanResult.Cleaned cleaned,
            long nanos) {
        String id = cleaned.transcript().id();
        byte[] json = TranscriptJson.toBytes(cleaned.transcript());
        Headers headers = transcriptHeaders(url);
        long size = json.length + bytes(id).length + headerBytes(headers);
        if (size > limits.transcript()) {
            forwardRejection(record, url, body, new Rejection(Stage.SINK, Reason.TOO_LARGE, String.format(java.util.Locale.ROOT,
                    "the transcript record is %d bytes, the transcripts topic takes at most %d (its max.message.bytes)",
                    size, limits.transcript())), nanos);
            return;
        }
        counts.countCleaned(nanos);
        LOG.debug("cleaned {}", url);
        context.forward(new Record<>(id, Routed.transcript(json), record.timestamp(), headers));
    }

    /**
     * The page's bytes, or as many of its first bytes as the rejected topic takes beside key and
     * headers (then {@code error.original-bytes} gives the whole length): never a record that would
     * fail the transaction on every restart.
     */
    private byte[] fitted(String url, byte[] body, Headers headers) {
        long room = limits.rejected() - bytes(url).length - headerBytes(headers) - 64;
        if (body.length <= room) {
            return body;
        }
        headers.add(PageHeaders.ERROR_ORIGINAL_BYTES, bytes(Integer.toString(body.length)));
        LOG.warn("the rejected page {} is {} bytes, more than the rejected topic takes: it keeps the first {}", url,
                body.length, Math.max(0, room));
        return java.util.Arrays.copyOf(body, (int) Math.max(0, room));
    }

    private static long headerBytes(Headers headers) {
        long n = 0;
        for (Header h : headers) {
            n += bytes(h.key()).length + (h.value() == null ? 0 : h.value().length);
        }
        return n;
    }

    private void forwardRejection(Record<byte[], byte[]> record, String url, byte[] body, Rejection r, long nanos) {
        counts.countRejected(r, nanos);
        LOG.warn("rejected page {}: {}", url, r.summary());
        Headers headers = new RecordHeaders(record.headers().toArray());
        headers.add(PageHeaders.ERROR_STAGE, bytes(r.stage().name().toLowerCase(java.util.Locale.ROOT)));
        headers.add(PageHeaders.ERROR_REASON, bytes(r.reason().wireName()));
        headers.add(PageHeaders.ERROR_DETAIL, bytes(r.detail()));
        context.recordMetadata().ifPresent(m -> headers.add(PageHeaders.ERROR_SOURCE, bytes(source(m))));
        context.forward(new Record<>(url, Routed.rejectedPage(fitted(url, body, headers)), record.timestamp(), headers));
        if (!url.isEmpty()) {
            // A page these rules reject has no transcript: a tombstone removes one stored under earlier rules.
            context.forward(new Record<>(TranscriptId.of(url), Routed.tombstone(), record.timestamp(), transcriptHeaders(url)));
        }
    }

    private Headers transcriptHeaders(String url) {
        return new RecordHeaders().add(PageHeaders.URL, bytes(url))
                .add(PageHeaders.RULES_VERSION, bytes(rules.rulesVersion()))
                .add(PageHeaders.RULES_EPOCH, bytes(Long.toString(rules.epoch())));
    }

    private Optional<RawPage> toPage(Record<byte[], byte[]> record, String url, byte[] body) {
        if (url.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> defect = PageUrl.defect(url, PageUrl.WEB_AND_FILE);
        if (defect.isPresent()) {
            throw new BadUrl(defect.get());
        }
        String contentType = header(record.headers(), PageHeaders.CONTENT_TYPE).orElse("");
        Instant fetchedAt = header(record.headers(), PageHeaders.FETCHED_AT)
                .flatMap(CleanProcessor::parseInstant)
                .orElse(Instant.ofEpochMilli(Math.max(0, record.timestamp())));
        return Optional.of(new RawPage(url, contentType, fetchedAt, body));
    }

    /** A record whose URL key {@link PageUrl} refuses: a malformed record, not a page. */
    private static final class BadUrl extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadUrl(String defect) {
            super(defect, null, false, false);
        }
    }

    private static CleanResult malformed(String detail) {
        return new CleanResult.Rejected(new Rejection(Stage.DECODE, Reason.MALFORMED_RECORD, detail));
    }

    private static String url(Record<byte[], byte[]> record) {
        if (record.key() != null && record.key().length > 0) {
            return new String(record.key(), StandardCharsets.UTF_8);
        }
        return header(record.headers(), PageHeaders.URL).orElse("");
    }

    private static Optional<String> header(Headers headers, String name) {
        Header h = headers.lastHeader(name);
        return h == null || h.value() == null ? Optional.empty() : Optional.of(new String(h.value(), StandardCharsets.UTF_8));
    }

    private static Optional<Instant> parseInstant(String s) {
        try {
            return Optional.of(Instant.parse(s.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String source(RecordMetadata m) {
        return m.topic() + "/" + m.partition() + "/" + m.offset();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
