package dev.verbatim.ingest.crawl;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fetches with the JDK {@link HttpClient}: redirects followed by hand up to a limit (each hop passes
 * the {@link AddressGuard}), connect / header / total timeouts, a body read into at most
 * {@code maxBodyBytes}, Content-Encoding undone up to {@code maxDecodedBytes}, conditional GET, and
 * bodies of unwanted media types never read.
 *
 * <p>Thread-safe.
 */
public final class HttpPageFetcher implements PageFetcher {

    private static final List<String> FEED_TYPES = List.of("xml", "rss", "atom", "text/plain");

    private final CrawlSettings settings;
    private final AddressGuard guard;
    private final Clock clock;
    private final HttpClient client;

    public HttpPageFetcher(CrawlSettings settings, AddressGuard guard, Clock clock) {
        this.settings = settings;
        this.guard = guard;
        this.clock = clock;
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public FetchResult fetch(String url, String etag, String lastModified, boolean articlesOnly, Duration hopDelay)
            throws InterruptedException {
        String current = url;
        String previousHost = "";
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            URI uri;
            try {
                uri = URI.create(current);
            } catch (IllegalArgumentException e) {
                return FetchResult.Failed.of(current, FetchError.INVALID_URL, e.getMessage());
            }
            if (hop > 0 && String.valueOf(uri.getHost()).equalsIgnoreCase(previousHost)) {
                Thread.sleep(hopDelay.toMillis()); // politeness between redirect hops to one host
            }
            previousHost = String.valueOf(uri.getHost());
            Optional<String> refusal = guard.refusal(uri);
            if (refusal.isPresent()) {
                return FetchResult.Failed.of(current, FetchError.REFUSED_ADDRESS, refusal.get());
            }
            HttpRequest request = request(uri, hop == 0 ? etag : "", hop == 0 ? lastModified : "");
            FetchResult.Failed[] failure = new FetchResult.Failed[1];
            HttpResponse<LimitedBody.Body> response = exchange(request, articlesOnly, failure);
            if (response == null) {
                return failure[0];
            }
            Optional<String> location = response.headers().firstValue("location");
            if (response.statusCode() / 100 == 3 && response.statusCode() != 304 && location.isPresent()) {
                current = uri.resolve(location.get().strip()).toString();
                continue;
            }
            return classify(current, response, articlesOnly);
        }
        return FetchResult.Failed.of(current, FetchError.TOO_MANY_REDIRECTS, "more than " + settings.maxRedirects());
    }

    private HttpRequest request(URI uri, String etag, String lastModified) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET().timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .header("Accept-Encoding", "gzip, deflate, br");
        if (!etag.isEmpty()) {
            b.header("If-None-Match", etag);
        }
        if (!lastModified.isEmpty()) {
            b.header("If-Modified-Since", lastModified);
        }
        return b.build();
    }

    /** Sends one request within the total timeout; null with {@code failure[0]} set when it failed. */
    private HttpResponse<LimitedBody.Body> exchange(HttpRequest request, boolean articlesOnly,
            FetchResult.Failed[] failure) throws InterruptedException {
        AtomicReference<LimitedBody> body = new AtomicReference<>();
        String url = request.uri().toString();
        CompletableFuture<HttpResponse<LimitedBody.Body>> future = client.sendAsync(request, info -> {
            LimitedBody sub = new LimitedBody(wanted(info, articlesOnly) ? settings.maxBodyBytes() : 0);
            body.set(sub);
            return sub;
        });
        try {
            return future.get(settings.totalTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            if (body.get() != null) {
                body.get().abort("total timeout");
            }
            failure[0] = FetchResult.Failed.of(url, FetchError.TIMEOUT, "no complete answer within " + settings.totalTimeout());
        } catch (ExecutionException e) {
            failure[0] = failureOf(url, e.getCause());
        }
        return null;
    }

    /** Whether the body of this answer is worth reading at all. */
    private boolean wanted(HttpResponse.ResponseInfo info, boolean articlesOnly) {
        if (info.statusCode() / 100 != 2) {
            return false;
        }
        long length = info.headers().firstValueAsLong("content-length").orElse(-1);
        if (length > settings.maxBodyBytes() && !settings.truncateOversized()) {
            return false;
        }
        return acceptedType(mediaType(info.headers()), articlesOnly);
    }

    private boolean acceptedType(String mediaType, boolean articlesOnly) {
        if (mediaType.isEmpty() || settings.acceptedTypes().contains(mediaType)) {
            return true;
        }
        return !articlesOnly && FEED_TYPES.stream().anyMatch(mediaType::contains);
    }

    private static String mediaType(HttpHeaders headers) {
        String type = headers.firstValue("content-type").orElse("");
        int semi = type.indexOf(';');
        return (semi < 0 ? type : type.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    private FetchResult classify(String url, HttpResponse<LimitedBody.Body> response, boolean articlesOnly) {
        int status = response.statusCode();
        if (status == 304) {
            return new FetchResult.NotModified(url);
        }
        if (status == 429 || status == 503) {
            return new FetchResult.Failed(url, FetchError.THROTTLED, "HTTP " + status,
                    retryAfter(response.headers().firstValue("retry-after").orElse("")));
        }
        if (status / 100 != 2) {
            FetchError error = status == 404 || status == 410 ? FetchError.NOT_FOUND
                    : status / 100 == 5 ? FetchError.SERVER_ERROR : FetchError.CLIENT_ERROR;
            return FetchResult.Failed.of(url, error, "HTTP " + status);
        }
        return body(url, response, articlesOnly);
    }

    private FetchResult body(String url, HttpResponse<LimitedBody.Body> response, boolean articlesOnly) {
        HttpHeaders h = response.headers();
        String type = mediaType(h);
        if (!acceptedType(type, articlesOnly)) {
            return FetchResult.Failed.of(url, FetchError.UNSUPPORTED_TYPE, "content type '" + type + "'");
        }
        LimitedBody.Body raw = response.body();
        long length = h.firstValueAsLong("content-length").orElse(-1);
        if (raw.truncated() || (length > settings.maxBodyBytes())) {
            if (!settings.truncateOversized()) {
                return FetchResult.Failed.of(url, FetchError.OVERSIZED, "body larger than " + settings.maxBodyBytes() + " bytes");
            }
        }
        ContentDecoder.Decoded decoded;
        try {
            decoded = ContentDecoder.decode(raw.bytes(), h.firstValue("content-encoding").orElse(""),
                    settings.maxDecodedBytes(), raw.truncated());
        } catch (IOException e) {
            return FetchResult.Failed.of(url, FetchError.BAD_ENCODING, String.valueOf(e.getMessage()));
        }
        if (decoded.exceeded() && !settings.truncateOversized()) {
            return FetchResult.Failed.of(url, FetchError.OVERSIZED, "decodes to more than " + settings.maxDecodedBytes() + " bytes");
        }
        return new FetchResult.Fetched(url, response.statusCode(), h.firstValue("content-type").orElse(""),
                decoded.bytes(), h.firstValue("etag").orElse(""), h.firstValue("last-modified").orElse(""),
                raw.truncated() || decoded.exceeded());
    }

    /** Retry-After as seconds or an HTTP date; empty when absent or unreadable. */
    Optional<Duration> retryAfter(String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
        } catch (NumberFormatException e) {
            try {
                Duration d = Duration.between(clock.instant(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    private static FetchResult.Failed failureOf(String url, Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException || cause instanceof HttpTimeoutException) {
            return FetchResult.Failed.of(url, FetchError.TIMEOUT, String.valueOf(cause.getMessage()));
        }
        if (cause instanceof ConnectException || cause instanceof UnknownHostException || cause instanceof IOException) {
            return FetchResult.Failed.of(url, FetchError.NETWORK, cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
        if (cause instanceof IllegalArgumentException) {
            return FetchResult.Failed.of(url, FetchError.INVALID_URL, String.valueOf(cause.getMessage()));
        }
        throw new IllegalStateException("unexpected failure fetching " + url, cause);
    }
}
