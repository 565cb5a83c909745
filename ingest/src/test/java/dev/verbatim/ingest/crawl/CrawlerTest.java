package dev.verbatim.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.model.RawPage;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The crawler against {@link FakeNewsSite} on 127.0.0.1: one round finds every allowed article through
 * links, the feed and the news sitemap found in robots.txt; never asks for a disallowed path; keeps the
 * Crawl-delay between requests; bounds oversized pages and bombs; a second crawler on the same state
 * pushes nothing, its conditional GETs answered 304.
 */
class CrawlerTest {

    private static final Duration CRAWL_DELAY = Duration.ofMillis(100);
    private static FakeNewsSite site;
    private static MemoryCrawlStore store;
    private static List<RawPage> firstRound;
    private static CrawlMetrics firstMetrics;
    private static List<FakeNewsSite.Hit> firstHits;

    static CrawlSettings settings() {
        return CrawlSettings.defaults().withDelay(Duration.ofMillis(50)).withAllowPrivate(true)
                .withLimits(100_000, 1_000_000, Duration.ofSeconds(3)); // the slow page stalls until closed; 3 s leaves room on a loaded machine
    }

    @BeforeAll
    static void crawlOnce() throws Exception {
        site = new FakeNewsSite("0.1");
        store = new MemoryCrawlStore();
        firstRound = new CopyOnWriteArrayList<>();
        firstMetrics = crawl(settings(), firstRound, Clock.systemUTC());
        firstHits = site.hits();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static CrawlMetrics crawl(CrawlSettings settings, List<RawPage> pushed, Clock clock) throws Exception {
        CrawlMetrics metrics = new CrawlMetrics();
        Crawler crawler = new Crawler(settings, List.of(Site.ofSeed(site.url("/"), 2, Duration.ofMinutes(15))),
                new HttpPageFetcher(settings, AddressGuard.system(settings.allowPrivate()), clock),
                store, pushed::add, clock, metrics);
        crawler.start();
        crawler.run(true, () -> false);
        return metrics;
    }

    @Test
    void pushesEveryReachableAllowedArticleOnce() {
        assertThat(firstRound).extracting(RawPage::url)
                .containsExactlyInAnyOrderElementsOf(FakeNewsSite.ARTICLES.stream().map(site::url).toList());
    }

    @Test
    void neverFetchesDisallowedPaths() {
        assertThat(site.hits()).extracting(FakeNewsSite.Hit::path).noneMatch(p -> p.startsWith("/private/"));
        assertThat(firstMetrics.robotsDeniedCount()).isEqualTo(1);
        assertThat(firstHits).filteredOn(h -> h.path().equals("/robots.txt")).hasSize(1);
    }

    @Test
    void keepsCrawlDelayBetweenRequests() {
        List<FakeNewsSite.Hit> hits = firstHits;
        long minGap = Long.MAX_VALUE;
        for (int i = 1; i < hits.size(); i++) {
            minGap = Math.min(minGap, hits.get(i).nanos() - hits.get(i - 1).nanos());
        }
        assertThat(hits.size()).isGreaterThan(10);
        assertThat(Duration.ofNanos(minGap)).isGreaterThanOrEqualTo(CRAWL_DELAY);
    }

    @Test
    void honoursRetryAfterThenFetches() {
        List<FakeNewsSite.Hit> busy = firstHits.stream().filter(h -> h.path().equals("/news/busy.html")).toList();
        assertThat(busy).hasSizeGreaterThanOrEqualTo(2);
        assertThat(Duration.ofNanos(busy.get(1).nanos() - busy.get(0).nanos())).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void recordsFinalUrlOfRedirectChainAndKeepsGbkBytes() {
        assertThat(firstRound).extracting(RawPage::url).contains(site.url("/news/a3.html"))
                .doesNotContain(site.url("/redirect/1"));
        RawPage gbk = firstRound.stream().filter(p -> p.url().endsWith("/gbk.html")).findFirst().orElseThrow();
        assertThat(gbk.body()).isEqualTo(FakeNewsSite.gbkPage());
        assertThat(new String(gbk.body(), Charset.forName("GBK"))).contains("港口新闻");
    }

    @Test
    void boundsSlowOversizedAndBombPagesAndSkipsImages() {
        assertThat(firstMetrics.errorCount(FetchError.OVERSIZED)).isEqualTo(2);
        assertThat(firstMetrics.errorCount(FetchError.TIMEOUT)).isGreaterThanOrEqualTo(1);
        assertThat(firstMetrics.errorCount(FetchError.NOT_FOUND)).isEqualTo(1);
        assertThat(firstMetrics.errorCount(FetchError.UNSUPPORTED_TYPE)).isEqualTo(1);
        assertThat(site.hits()).extracting(FakeNewsSite.Hit::path).doesNotContain("/x");
    }

    @Test
    void sendsUserAgentNamingTheProject() {
        assertThat(site.hits()).allSatisfy(h -> assertThat(h.userAgent()).contains("Verbatim/"));
    }

    @Test
    void secondRoundOnSavedStatePushesNothingAndGets304() throws Exception {
        int before = site.hits().size();
        List<RawPage> again = new CopyOnWriteArrayList<>();
        // eight days later every article is due again (refetch interval 7 days)
        CrawlMetrics metrics = crawl(settings(), again, Clock.offset(Clock.systemUTC(), Duration.ofDays(8)));
        List<FakeNewsSite.Hit> second = site.hits().subList(before, site.hits().size());
        assertThat(again).isEmpty();
        assertThat(metrics.unchangedCount()).isGreaterThanOrEqualTo(FakeNewsSite.ARTICLES.size());
        assertThat(second).filteredOn(h -> h.path().equals("/news/a1.html"))
                .singleElement().satisfies(h -> assertThat(h.ifNoneMatch()).isNotEmpty());
    }
}
