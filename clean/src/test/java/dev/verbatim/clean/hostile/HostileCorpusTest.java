package dev.verbatim.clean.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.clean.CleanResult;
import dev.verbatim.clean.CleanSettings;
import dev.verbatim.clean.PageCleaner;
import dev.verbatim.clean.RulesFile;
import dev.verbatim.model.Block;
import dev.verbatim.model.RawPage;
import dev.verbatim.model.Reason;
import dev.verbatim.model.Transcript;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12: every page of the hostile corpus is cleaned or rejected with its reason, with no
 * OutOfMemoryError, no exception and no stall, and the transcripts it does make hold no control
 * character and respect the caps. Prints each page's outcome, CPU time and the JVM's peak RSS so
 * far, and the outcomes by reason; run alone for clean figures:
 * {@code mvn -B -q test -pl clean -am -Dtest=HostileCorpusTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class HostileCorpusTest {

    private static final CleanSettings DEFAULTS = CleanSettings.defaults();
    private static final PageCleaner CLEANER = new PageCleaner(DEFAULTS);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final List<String> REPORT = new ArrayList<>();
    private static final Map<String, Integer> BY_REASON = new TreeMap<>();

    static Stream<HostilePages.Hostile> hostilePages() {
        return HostilePages.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostilePages")
    void everyHostilePageIsCleanedOrRejectedWithItsReason(HostilePages.Hostile hostile) {
        RawPage page = hostile.page().get();
        long cpu = THREADS.getCurrentThreadCpuTime();
        CleanResult result = CLEANER.clean(page);
        long cpuMillis = (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000;
        Optional<Reason> reason = result instanceof CleanResult.Rejected r ? Optional.of(r.rejection().reason()) : Optional.empty();
        record(hostile.name(), page.size(), HostilePages.outcome(reason), cpuMillis,
                result instanceof CleanResult.Rejected r ? r.rejection().summary() : "");

        if (hostile.cleaned()) {
            assertThat(result).as(result.toString()).isInstanceOf(CleanResult.Cleaned.class);
            assertWithinCaps(((CleanResult.Cleaned) result).transcript());
        } else {
            assertThat(reason).as(result.toString()).isPresent();
            assertThat(hostile.rejectedFor()).contains(reason.get());
        }
        assertThat(cpuMillis).as("CPU of one page against twice its budget: a stall, not a speed target")
                .isLessThan(2L * DEFAULTS.limits().maxCpuMillis());
    }

    /** {@code ((a+)+)+c} in drop_patterns took 44 CPU-seconds on a 28-character block before RE2/J. */
    @Test
    void exponentialUserPatternDoesNotStall() {
        PageCleaner ruled = new PageCleaner(RulesFile.parse("boilerplate:\n  drop_patterns: ['((a+)+)+c']\n", "hostile"));
        RawPage page = new RawPage("https://h.example/pattern", "text/html; charset=utf-8", Instant.EPOCH,
                ("<p>" + "a".repeat(100_000) + "!</p>" + HostilePages.ARTICLE).getBytes(StandardCharsets.UTF_8));
        long cpu = THREADS.getCurrentThreadCpuTime();
        CleanResult result = ruled.clean(page);
        long cpuMillis = (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000;
        record("exponential-drop-pattern", page.size(), result instanceof CleanResult.Cleaned ? "cleaned" : "rejected", cpuMillis, "");

        assertThat(result).isInstanceOf(CleanResult.Cleaned.class);
        assertThat(((CleanResult.Cleaned) result).transcript().blocks().get(0).text()).startsWith("aaaa").endsWith("!");
    }

    /** A legal page over a tiny CPU budget is a timeout, not a stall: the deadline is read between steps. */
    @Test
    void pageOverItsCpuBudgetIsATimeout() {
        PageCleaner strict = new PageCleaner(RulesFile.parse("limits:\n  max_cpu_ms: 10\n", "hostile"));
        RawPage page = new RawPage("https://h.example/slow", "text/html; charset=utf-8", Instant.EPOCH,
                ("<p>这是一段正文内容，足够长。</p>".repeat(15_000)).getBytes(StandardCharsets.UTF_8));
        CleanResult result = strict.clean(page);

        assertThat(result).isInstanceOfSatisfying(CleanResult.Rejected.class,
                r -> assertThat(r.rejection().reason()).isEqualTo(Reason.TIMEOUT));
    }

    private static void assertWithinCaps(Transcript t) {
        List<String> fields = new ArrayList<>(List.of(t.title(), t.site().orElse(""), t.ipLocation().orElse("")));
        fields.addAll(t.authors());
        fields.addAll(t.editors());
        fields.forEach(f -> assertThat(f.length()).isLessThanOrEqualTo(DEFAULTS.limits().maxFieldChars()));
        t.blocks().stream().map(Block::text).forEach(fields::add);
        for (String f : fields) {
            assertThat(f.chars().filter(c -> (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F)
                    || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))).as(f).isEmpty();
        }
        assertThat(t.removed().size()).isLessThanOrEqualTo(DEFAULTS.limits().maxRemoved() + 20);
        assertThat(t.blocks().size()).isLessThanOrEqualTo(DEFAULTS.limits().maxBlocks());
    }

    private static synchronized void record(String name, int bytes, String outcome, long cpuMillis, String detail) {
        BY_REASON.merge(outcome, 1, Integer::sum);
        REPORT.add(String.format(Locale.ROOT, "%-26s %,12d B  %-15s %,7d ms CPU  peak RSS %s  %s", name, bytes, outcome,
                cpuMillis, peakRss(), detail));
    }

    /** The JVM's peak resident set so far (VmHWM), where the system tells it. */
    private static String peakRss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                    .map(l -> String.format(Locale.ROOT, "%,d MB", Long.parseLong(l.replaceAll("\\D", "")) / 1024))
                    .findFirst().orElse("n/a");
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    @AfterAll
    static void report() {
        System.out.println("hostile corpus (" + REPORT.size() + " pages):");
        REPORT.forEach(line -> System.out.println("  " + line));
        System.out.println("outcomes by reason: " + BY_REASON);
    }
}
