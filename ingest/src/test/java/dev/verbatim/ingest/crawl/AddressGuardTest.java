package dev.verbatim.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {

    private static AddressGuard resolvingTo(String... addresses) {
        return new AddressGuard(false, host -> {
            InetAddress[] out = new InetAddress[addresses.length];
            for (int i = 0; i < addresses.length; i++) {
                out[i] = InetAddress.getByName(addresses[i]);
            }
            return out;
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0",
            "224.0.0.1", "100.64.0.1", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "::ffff:10.0.0.1"})
    void refusesNonPublicAddresses(String address) {
        assertThat(resolvingTo(address).refusal(URI.create("http://news.example/a"))).isPresent();
    }

    @Test
    void refusesWhenAnyOfSeveralAddressesIsPrivate() {
        assertThat(resolvingTo("93.184.216.34", "10.0.0.7").refusal(URI.create("https://news.example/")))
                .hasValueSatisfying(r -> assertThat(r).contains("10.0.0.7"));
    }

    @Test
    void allowsPublicAddresses() {
        assertThat(resolvingTo("93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946")
                .refusal(URI.create("https://news.example/"))).isEmpty();
    }

    @Test
    void allowPrivateLiftsTheGuard() {
        AddressGuard open = new AddressGuard(true, host -> {
            throw new UnknownHostException(host);
        });
        assertThat(open.refusal(URI.create("http://127.0.0.1/"))).isEmpty();
    }

    @Test
    void fetcherRefusesLoopbackSiteWithoutAllowPrivateAndSendsNothing() throws Exception {
        try (FakeNewsSite site = new FakeNewsSite("0")) {
            CrawlSettings settings = CrawlSettings.defaults();
            HttpPageFetcher fetcher = new HttpPageFetcher(settings, AddressGuard.system(false), Clock.systemUTC());
            FetchResult r = fetcher.fetch(site.url("/news/a1.html"), "", "", true, Duration.ZERO);
            assertThat(r).isInstanceOfSatisfying(FetchResult.Failed.class,
                    f -> assertThat(f.error()).isEqualTo(FetchError.REFUSED_ADDRESS));
            assertThat(site.hits()).isEmpty();
        }
    }

    @Test
    void redirectToPrivateAddressIsRefusedAtTheHop() throws Exception {
        AddressGuard publicThenPrivate = new AddressGuard(false, host -> new InetAddress[] {
                InetAddress.getByName(host.equals("127.0.0.1") ? "127.0.0.1" : "93.184.216.34")});
        assertThat(publicThenPrivate.refusal(URI.create("http://news.example/"))).isEmpty();
        assertThat(publicThenPrivate.refusal(URI.create("http://127.0.0.1/admin"))).isPresent();
    }
}
