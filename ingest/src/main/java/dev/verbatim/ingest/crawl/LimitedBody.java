package dev.verbatim.ingest.crawl;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A body subscriber that keeps at most {@code limit} bytes: past it, it cancels the exchange and
 * completes with what it has, marked truncated. Memory per response is bounded by the limit.
 *
 * <p>Used by one exchange; the client calls it from one thread at a time, {@link #abort} may come
 * from another.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<LimitedBody.Body> {

    /** The bytes read and whether more were refused. */
    record Body(byte[] bytes, boolean truncated) {
    }

    private final int limit;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<Body> result = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;

    LimitedBody(int limit) {
        this.limit = limit;
    }

    @Override
    public CompletionStage<Body> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        for (ByteBuffer b : items) {
            int room = limit - out.size();
            if (b.remaining() > room) {
                byte[] part = new byte[room];
                b.get(part);
                out.write(part, 0, room);
                subscription.cancel();
                result.complete(new Body(out.toByteArray(), true));
                return;
            }
            byte[] all = new byte[b.remaining()];
            b.get(all);
            out.write(all, 0, all.length);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(new Body(out.toByteArray(), false));
    }

    /** Stops reading: the exchange took too long. */
    void abort(String why) {
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        result.completeExceptionally(new HttpTimeoutException(why));
    }
}
