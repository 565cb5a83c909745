package dev.verbatim.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The frontier on a hand-driven clock: one lease per host, the host's ready time respected. */
class FrontierTest {

    private static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");

    private static UrlState url(String u, Instant due) {
        return UrlState.discovered(u, UrlKind.ARTICLE, "s", 1, due);
    }

    @Test
    void leasesOneUrlPerHostUntilReleasedAndReady() {
        Frontier f = new Frontier();
        f.offer(url("http://a.example/1", T0));
        f.offer(url("http://a.example/2", T0));
        f.offer(url("http://b.example/1", T0));
        Frontier.Lease first = f.next(T0).orElseThrow();
        Frontier.Lease second = f.next(T0).orElseThrow();
        assertThat(first.host()).isNotEqualTo(second.host());
        assertThat(f.next(T0)).isEmpty();
        f.release(first.host(), T0.plusSeconds(1));
        assertThat(f.next(T0.plusMillis(999))).isEmpty();
        assertThat(f.nextReady()).hasValue(T0.plusSeconds(1));
        assertThat(f.next(T0.plusSeconds(1))).hasValueSatisfying(l -> assertThat(l.host()).isEqualTo(first.host()));
    }

    @Test
    void doesNotQueueAUrlTwiceAndWaitsForItsDueTime() {
        Frontier f = new Frontier();
        assertThat(f.offer(url("http://a.example/1", T0.plusSeconds(60)))).isTrue();
        assertThat(f.offer(url("http://a.example/1", T0))).isFalse();
        assertThat(f.next(T0)).isEmpty();
        assertThat(f.next(T0.plusSeconds(60))).isPresent();
    }

    @Test
    void holdsAHostInBackoff() {
        Frontier f = new Frontier();
        f.holdHost("a.example", T0.plusSeconds(30));
        f.offer(url("http://a.example/1", T0));
        assertThat(f.next(T0.plusSeconds(29))).isEmpty();
        assertThat(f.next(T0.plusSeconds(30))).isPresent();
    }
}
