package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link PageDecoder#decode} turns any bytes under any content type into Ok or Fail, never a throw. */
class PageDecoderPropertyTest {

    private final PageDecoder decoder = new PageDecoder();

    @Property(tries = 500)
    void neverThrowsOnArbitraryBytesAndContentTypes(
            @ForAll("bodies") byte[] body, @ForAll("contentTypes") String contentType) {
        StepOutcome<Decoded> outcome = decoder.decode(PageDecoderTest.page(contentType, body));

        assertThat(outcome).isNotNull();
        if (outcome instanceof StepOutcome.Ok<Decoded> ok) {
            assertThat(ok.value().text()).doesNotStartWith("\uFEFF");
        }
    }

    @Property(tries = 200)
    void decodesAnyUtf8TextDeclaredUtf8Exactly(@ForAll("printable") String text) {
        String page = "<p>" + text + "</p>";
        StepOutcome<Decoded> outcome = decoder.decode(
                PageDecoderTest.page("text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8)));

        assertThat(outcome).isInstanceOfSatisfying(StepOutcome.Ok.class,
                ok -> assertThat(((Decoded) ok.value()).text()).isEqualTo(page));
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
        Arbitrary<byte[]> withBom = random.map(b -> prefixed(new byte[] {(byte) 0xFF, (byte) 0xFE}, b));
        Arbitrary<byte[]> withUtf8Bom =
                random.map(b -> prefixed(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, b));
        Arbitrary<byte[]> markup = Arbitraries.strings().withChars("<>meta charset=\"'gbkutf8big5 \u00e9\u4e2d")
                .ofMaxLength(300).map(s -> s.getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(random, withBom, withUtf8Bom, markup);
    }

    @Provide
    Arbitrary<String> contentTypes() {
        Arbitrary<String> any = Arbitraries.strings().ofMaxLength(60);
        Arbitrary<String> label = Arbitraries.of("utf-8", "gb2312", "big5", "utf-16le", "utf-32", "latin1",
                "foo-bar", "\"", "", "x-JISAutoDetect", "ISO-2022-CN", "=;", "utf-16");
        Arbitrary<String> type = Arbitraries.of("text/html", "text/plain", "", "application/octet-stream",
                "image/png", "application/xhtml+xml", "TEXT/HTML");
        Arbitrary<String> structured = type.flatMap(t -> label.map(l -> t + "; charset=" + l));
        return Arbitraries.oneOf(any, structured);
    }

    @Property(tries = 200)
    void removesEveryControlCharacterButWhiteSpace(@ForAll("texts") String text) {
        StepOutcome<Decoded> outcome = decoder.decode(PageDecoderTest.page("text/html; charset=utf-8",
                ("<p>" + text + "</p>").getBytes(StandardCharsets.UTF_8)));

        assertThat(outcome).isInstanceOfSatisfying(StepOutcome.Ok.class, ok -> assertThat(
                ((Decoded) ok.value()).text().chars().filter(c -> TextScreen.removable((char) c))).isEmpty());
    }

    /** Text with no control characters (those are removed: see the property above). */
    @Provide
    Arbitrary<String> printable() {
        return texts().filter(s -> s.chars().noneMatch(c -> TextScreen.removable((char) c)));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withCharRange('\u0020', '\u9fff').withChars('\u0007', '\u001b', '\u202e')
                .ofMaxLength(400).filter(s -> !s.contains("<meta"));
    }

    private static byte[] prefixed(byte[] prefix, byte[] rest) {
        byte[] out = new byte[prefix.length + rest.length];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        System.arraycopy(rest, 0, out, prefix.length, rest.length);
        return out;
    }
}
