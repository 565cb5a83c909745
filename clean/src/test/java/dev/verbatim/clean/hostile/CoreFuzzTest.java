package dev.verbatim.clean.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.clean.CleanResult;
import dev.verbatim.clean.CleanSettings;
import dev.verbatim.clean.PageCleaner;
import dev.verbatim.clean.steps.PageLimits;
import dev.verbatim.model.Block;
import dev.verbatim.model.RawPage;
import dev.verbatim.model.Transcript;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Fuzzes the cleaning core with generated hostile pages: markup fragments, deep nesting, long runs,
 * entities, control and bidi characters, lone surrogates, charset declarations, byte order marks,
 * binary signatures and raw random bytes, in UTF-8, GBK, Big5 or UTF-16, under any content type.
 * Every input must end as a transcript or a rejection, never an exception; a transcript must hold
 * no control character and keep within the limits; and no page may run past its CPU budget (a
 * cleaned page within it, a rejected one within twice it: the deadline is read between steps).
 *
 * <p>{@code mvn verify} runs jqwik's default 1,000 tries; the long run sets the default higher:
 * {@code mvn -B -q test -pl clean -am -Dtest=CoreFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Djqwik.tries.default=100000}.
 */
class CoreFuzzTest {

    private static final CleanSettings SETTINGS = CleanSettings.defaults();
    private static final PageLimits LIMITS = SETTINGS.limits();
    private static final PageCleaner CLEANER = new PageCleaner(SETTINGS);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final AtomicLong TRIES = new AtomicLong();
    private static final AtomicLong WORST_CPU_NANOS = new AtomicLong();
    private static final Map<String, Integer> OUTCOMES = new ConcurrentHashMap<>();

    @Property
    void everyPageEndsCleanedOrRejectedWithinItsBudget(@ForAll("pages") RawPage page) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        CleanResult result = CLEANER.clean(page);
        long spent = THREADS.getCurrentThreadCpuTime() - cpu;
        WORST_CPU_NANOS.accumulateAndGet(spent, Math::max);
        if (TRIES.incrementAndGet() % 5_000 == 0) {
            report(); // a long run shows how far it got
        }

        long budget = LIMITS.maxCpuMillis() * 1_000_000L;
        if (result instanceof CleanResult.Cleaned cleaned) {
            OUTCOMES.merge("cleaned", 1, Integer::sum);
            assertWellFormed(cleaned.transcript());
            assertThat(spent).as("CPU of a cleaned page, in ns").isLessThanOrEqualTo(budget);
        } else {
            OUTCOMES.merge(((CleanResult.Rejected) result).rejection().reason().wireName(), 1, Integer::sum);
            assertThat(spent).as("CPU of a rejected page, in ns").isLessThanOrEqualTo(2 * budget);
        }
    }

    private static void assertWellFormed(Transcript t) {
        List<String> fields = new ArrayList<>(List.of(t.title(), t.site().orElse(""), t.ipLocation().orElse("")));
        fields.addAll(t.authors());
        fields.addAll(t.editors());
        fields.forEach(f -> assertThat(f.length()).isLessThanOrEqualTo(LIMITS.maxFieldChars()));
        assertThat(t.blocks()).isNotEmpty().hasSizeLessThanOrEqualTo(LIMITS.maxBlocks());
        assertThat(t.blocks().stream().mapToLong(b -> b.text().length()).sum()).isLessThanOrEqualTo(LIMITS.maxChars());
        t.blocks().stream().map(Block::text).forEach(fields::add);
        t.speakers().forEach(s -> fields.add(s.label()));
        for (String f : fields) {
            assertThat(f.chars().filter(CoreFuzzTest::control)).as(f).isEmpty();
        }
        assertThat(t.blocks()).extracting(Block::text).noneMatch(String::isBlank);
    }

    private static boolean control(int c) {
        return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }

    @Provide
    Arbitrary<RawPage> pages() {
        Arbitrary<byte[]> encoded = Combinators.combine(markup(), charsets()).as(CoreFuzzTest::encode);
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
        Arbitrary<byte[]> spliced = Combinators.combine(encoded, random, Arbitraries.integers().between(0, 3000))
                .as(CoreFuzzTest::splice);
        Arbitrary<byte[]> body = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, encoded), net.jqwik.api.Tuple.of(1, random), net.jqwik.api.Tuple.of(2, spliced));
        return Combinators.combine(body, contentTypes())
                .as((b, type) -> new RawPage("https://fuzz.example/p", type, Instant.EPOCH, b));
    }

    private static Arbitrary<String> markup() {
        Arbitrary<String> tags = Arbitraries.of("<p>", "</p>", "<div>", "</div>", "<h1>", "</h1>", "<h2>", "<br>",
                "<title>", "</title>", "<article>", "</article>", "<div class='share comment'>", "<script>", "</script>",
                "<style>", "<!--", "-->", "<table><tr><td>", "<li>", "<a href='javascript:x'>", "</a>", "<strong>",
                "</strong>", "<figcaption>", "<meta charset='gbk'>", "<meta charset=big5>", "<meta property='og:title' content='",
                "'>", "<time datetime='2024-02-30T25:61:00Z'>", "<![CDATA[", "<svg><foreignObject>", "<template>", "<img alt='",
                "<p class='byline'>作者：", "<span style='display:none'>", "<noscript>", "<iframe srcdoc='<p>x'>", "<frameset>");
        Arbitrary<String> words = Arbitraries.of("港务局周一表示，", "經過一個冬天的維修，", "The port authority said ", "问：", "答：",
                "主持人 王芳：", "Jane Doe: ", "(00:01:02)", "IP属地 北京", "2024年1月2日 03:04", "免责声明", "&amp;", "&#0;", "&#x1b;",
                "&#xD800;", "&lt;p&gt;", "&nbsp;", "%PDF-1.7", "\n%PDF-1.4\n", "GIF89a", "\u0000", "\u001b[31m", "\u0007", "\u202e",
                "\u2066", "\u0085", "\ud800", "\udfff", "\ufeff", "\ufffd", "\r", "\f", "\u000b", "\u200b", "😀", "\u0301");
        Arbitrary<String> text = Arbitraries.strings().withCharRange('\u0000', '\uffff').ofMaxLength(40);
        Arbitrary<String> piece = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, tags), net.jqwik.api.Tuple.of(4, words),
                net.jqwik.api.Tuple.of(2, text));
        Arbitrary<String> run = Combinators.combine(piece, Arbitraries.integers().between(1, 500)).as(String::repeat);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(19, piece), net.jqwik.api.Tuple.of(1, run))
                .list().ofMaxSize(60).map(l -> String.join("", l));
    }

    private static Arbitrary<Charset> charsets() {
        return Arbitraries.of(StandardCharsets.UTF_8, Charset.forName("GBK"), Charset.forName("Big5"),
                StandardCharsets.UTF_16LE, StandardCharsets.ISO_8859_1);
    }

    private static Arbitrary<String> contentTypes() {
        return Arbitraries.of("text/html", "text/html; charset=utf-8", "text/html; charset=gb2312", "text/html; charset=big5",
                "text/plain", "text/plain; charset=utf-16le", "text/markdown", "", "application/octet-stream",
                "application/xhtml+xml", "text/html; charset=\"", "image/png", "text/html; charset=utf-32");
    }

    private static byte[] encode(String text, Charset charset) {
        return text.getBytes(charset);
    }

    private static byte[] splice(byte[] page, byte[] random, int at) {
        int cut = Math.min(at, page.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(page.length + random.length);
        out.write(page, 0, cut);
        out.writeBytes(random);
        out.write(page, cut, page.length - cut);
        return out.toByteArray();
    }

    @AfterContainer
    static synchronized void report() {
        System.out.printf(java.util.Locale.ROOT, "core fuzz: %,d inputs, worst CPU %,d ms, outcomes %s%n", TRIES.get(),
                WORST_CPU_NANOS.get() / 1_000_000, new java.util.TreeMap<>(OUTCOMES));
    }
}
