package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlHostTest {

    @Test
    void hostIsLowerCasedWithoutWwwUserOrPort() {
        assertThat(UrlHost.of("https://user@www.Example.com:8080/a?b=c#d")).isEqualTo("example.com");
        assertThat(UrlHost.of("http://news.example.org")).isEqualTo("news.example.org");
    }

    @Test
    void malformedOrSchemelessUrlsHaveNoHost() {
        assertThat(UrlHost.of("/relative/path")).isEmpty();
        assertThat(UrlHost.of(null)).isEmpty();
        assertThat(UrlHost.of("https://a.example/x|y z")).isEqualTo("a.example");
    }
}
