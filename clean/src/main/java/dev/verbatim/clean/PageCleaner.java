package dev.verbatim.clean;

import dev.verbatim.clean.steps.ScriptPolicy;
import dev.verbatim.clean.steps.BlockWalker;
import dev.verbatim.clean.steps.ContentGate;
import dev.verbatim.clean.steps.Decoded;
import dev.verbatim.clean.steps.Extraction;
import dev.verbatim.clean.steps.Filtered;
import dev.verbatim.clean.steps.HtmlParser;
import dev.verbatim.clean.steps.LanguageGuesser;
import dev.verbatim.clean.steps.MainContentExtractor;
import dev.verbatim.clean.steps.MarkdownRenderer;
import dev.verbatim.clean.steps.MetadataReader;
import dev.verbatim.clean.steps.MetadataResult;
import dev.verbatim.clean.steps.NoiseFilter;
import dev.verbatim.clean.steps.PageBudget;
import dev.verbatim.clean.steps.PageDecoder;
import dev.verbatim.clean.steps.PageFormat;
import dev.verbatim.clean.steps.PageHintReader;
import dev.verbatim.clean.steps.PageHints;
import dev.verbatim.clean.steps.RulePatternFilter;
import dev.verbatim.clean.steps.PageMetadata;
import dev.verbatim.clean.steps.ScriptConverter;
import dev.verbatim.clean.steps.Segmentation;
import dev.verbatim.clean.steps.SourceBlock;
import dev.verbatim.clean.steps.SpeakerProfiler;
import dev.verbatim.clean.steps.StepOutcome;
import dev.verbatim.clean.steps.TextLineSplitter;
import dev.verbatim.clean.steps.TurnSegmenter;
import dev.verbatim.model.Block;
import dev.verbatim.model.RawPage;
import dev.verbatim.model.Reason;
import dev.verbatim.model.Rejection;
import dev.verbatim.model.Removal;
import dev.verbatim.model.Script;
import dev.verbatim.model.Speaker;
import dev.verbatim.model.Stage;
import dev.verbatim.model.Transcript;
import dev.verbatim.model.TranscriptId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jsoup.helper.ValidationException;
import org.jsoup.nodes.Document;

/**
 * Turns a raw page into a transcript or a rejection: decode, parse once (a Markdown page is rendered
 * into an HTML document first), read page hints, extract
 * the main content, walk it into blocks, drop noise, convert the script, read metadata, segment
 * into turns. Expected bad input (empty, binary, no or too little content) is a
 * {@link CleanResult.Rejected}, never an exception.
 *
 * <p>Thread-safe: build once (this loads the OpenCC dictionaries), share across threads; every
 * step is stateless or immutable.
 */
public final class PageCleaner {

    /**
     * The cleaner's code version: derived from the build's fingerprint of every source, resource and
     * library pin that can change an output, so no one has to remember to bump it.
     */
    static final String CLEANER_VERSION = "code-" + CodeFingerprint.read().substring(0, 16);
    /**
     * Languages whose Han characters (kanji, hanja) belong to their own writing system: converting
     * them to Simplified or Traditional Chinese would change the text, so such pages stay as written.
     */
    private static final Set<String> KANJI_LANGUAGES = Set.of("ja", "ko");

    private final CleanSettings settings;
    private final String rulesVersion;
    private final PageDecoder decoder = new PageDecoder();
    private final HtmlParser parser = new HtmlParser();
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final PageHintReader hintReader;
    private final MainContentExtractor extractor;
    private final BlockWalker walker = new BlockWalker();
    private final TextLineSplitter lineSplitter = new TextLineSplitter();
    private final NoiseFilter noiseFilter;
    private final ScriptConverter scripts;
    private final RulePatternFilter ruleFilter;
    private final LanguageGuesser languages;
    private final MetadataReader metadataReader;
    private final TurnSegmenter segmenter;
    private final SpeakerProfiler profiler;
    private final ContentGate gate;
    private final PageBudget budget;

    /**
     * Builds the cleaner and loads its dictionaries; the CPU-time budget of a page is read on the
     * calling thread's CPU clock. Throws {@link NullPointerException} on null settings.
     */
    public PageCleaner(CleanSettings settings) {
        this(settings, CpuClock.currentThread());
    }

    /**
     * Builds the cleaner with the clock its per-page time budget is read on ({@code limits.max_cpu_ms}),
     * in nanoseconds: tests give a clock they advance by hand.
     */
    public PageCleaner(CleanSettings settings, LongSupplier clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.budget = new PageBudget(settings.limits(), clock);
        this.scripts = new ScriptConverter(settings.scriptPolicy());
        this.extractor = new MainContentExtractor(settings.extraction());
        this.metadataReader = new MetadataReader(settings.metadata(), settings.dates());
        this.hintReader = new PageHintReader(settings.dates(), settings.metadata());
        this.languages = new LanguageGuesser(settings.metadata().detectLanguages());
        this.segmenter = new TurnSegmenter(settings.speakers());
        this.profiler = new SpeakerProfiler(settings.speakers());
        this.noiseFilter = new NoiseFilter(settings.spam(), settings.boilerplate());
        this.ruleFilter = new RulePatternFilter(settings.boilerplate().compiled());
        this.gate = new ContentGate(settings.minChars());
        this.rulesVersion = rulesVersionOf(settings);
    }

    /** The settings this cleaner was built with. */
    public CleanSettings settings() {
        return settings;
    }

    /** A short stable hash of the settings and the cleaner version; equal outputs for equal versions. */
    public String rulesVersion() {
        return rulesVersion;
    }

    /** The rules version of cleaners built with {@code settings}, without building one (no dictionaries load). */
    public static String rulesVersionOf(CleanSettings settings) {
        return hash(CLEANER_VERSION + "|" + RulesFile.canonical(settings));
    }

    /** Cleans one page; never throws on any input bytes. */
    public CleanResult clean(RawPage page) {
        return clean(page, StepTimer.NONE);
    }

    /**
     * Cleans one page and reports the time of each step to {@code timer}. A page past one of its
     * budgets ({@code limits} in the rules) is rejected as too-large, too-complex or timeout.
     */
    public CleanResult clean(RawPage page, StepTimer timer) {
        try {
            budget.checkSize(page.size());
            return cleanWithin(page, new Laps(timer, budget.start()));
        } catch (PageBudget.Exceeded e) {
            return new CleanResult.Rejected(e.rejection());
        }
    }

    private CleanResult cleanWithin(RawPage page, Laps laps) {
        StepOutcome<Decoded> decoded = decoder.decode(page);
        laps.lap("decode", Stage.DECODE);
        if (decoded instanceof StepOutcome.Fail<Decoded> fail) {
            return new CleanResult.Rejected(fail.rejection());
        }
        Decoded text = ((StepOutcome.Ok<Decoded>) decoded).value();
        budget.checkStructure(text);
        boolean plain = text.format() == PageFormat.TEXT;
        List<Removal> removed = new ArrayList<>();
        PageHints hints = PageHints.none();
        List<SourceBlock> source;
        if (plain) {
            source = lineSplitter.split(text.text());
            laps.lap("parse", Stage.PARSE);
        } else {
            boolean markdownPage = text.format() == PageFormat.MARKDOWN;
            Document doc;
            try {
                doc = markdownPage ? markdown.render(text.text(), page.url()) : parser.parse(text, page.url());
            } catch (ValidationException e) {
                // Jsoup's own "Bug: ..." assertions (template insertion modes): found by the core fuzz run.
                return reject(Stage.PARSE, Reason.INTERNAL_ERROR, "the HTML parser failed: " + e.getMessage());
            }
            laps.lap("parse", Stage.PARSE);
            hints = hintReader.read(doc);
            laps.lap("hints", Stage.EXTRACT);
            if (markdownPage) {
                // A Markdown file is the article itself, with no page template to cut away.
                source = walker.walk(doc.body());
            } else {
                Extraction extraction = extractor.extract(doc);
                removed.addAll(extraction.removed());
                laps.lap("extract", Stage.EXTRACT);
                source = walker.walk(extraction.content());
            }
            laps.lap("blocks", Stage.EXTRACT);
        }
        budget.checkBlocks(source.size(), Stage.EXTRACT);
        Filtered filtered = noiseFilter.filter(source, source.stream().map(b -> scripts.simplified(b.text())).toList());
        removed.addAll(filtered.removed());
        filtered = ruleFilter.filter(filtered);
        removed.addAll(filtered.removed());
        laps.lap("filter", Stage.EXTRACT);
        if (filtered.blocks().isEmpty()) {
            return reject(Stage.EXTRACT, Reason.NO_CONTENT, "no article text found");
        }
        return transcribe(page, filtered, hints, plain, removed, laps);
    }

    /** The lap clock of one page: reports each step's time and holds the page to its time budget. */
    private static final class Laps {
        private final StepTimer timer;
        private final PageBudget.Deadline deadline;
        private long at = System.nanoTime();

        Laps(StepTimer timer, PageBudget.Deadline deadline) {
            this.timer = timer;
            this.deadline = deadline;
        }

        /** Reports the time since the last lap as {@code step}; throws when the page is out of time. */
        void lap(String step, Stage stage) {
            long now = System.nanoTime();
            timer.record(step, now - at);
            at = now;
            deadline.check(stage, step);
        }
    }

    /** Script, metadata and turns for the article blocks of a page. */
    private CleanResult transcribe(RawPage page, Filtered filtered, PageHints hints, boolean plain,
            List<Removal> removed, Laps laps) {
        List<String> texts = filtered.blocks().stream().map(SourceBlock::text).toList();
        String language = languages.guess(texts, hints.lang());
        boolean chinese = !KANJI_LANGUAGES.contains(language);
        Script script = chinese ? scripts.script(scripts.detect(texts)) : Script.NONE;
        List<SourceBlock> converted = chinese ? converted(filtered) : filtered.blocks();
        laps.lap("script", Stage.CONVERT);
        MetadataResult meta = metadataReader.read(converted, hints, plain, language, page.url(), page.fetchedAt());
        removed.addAll(meta.removed());
        laps.lap("metadata", Stage.EXTRACT);
        Segmentation seg = segmenter.segment(meta.blocks());
        budget.checkTranscript(seg.blocks());
        StepOutcome<List<Block>> gated = gate.check(seg.blocks());
        if (gated instanceof StepOutcome.Fail<List<Block>> fail) {
            return new CleanResult.Rejected(fail.rejection());
        }
        List<String> context = seg.blocks().stream().filter(b -> b.speaker().isEmpty()).map(Block::text).toList();
        List<Speaker> speakers = profiler.profile(seg, context);
        PageMetadata m = meta.metadata();
        Transcript t = Transcript.builder(TranscriptId.of(page.url()), page.url(), page.fetchedAt())
                .rulesVersion(rulesVersion)
                .title(budget.field(scripts.convert(m.title())))
                .publishedAt(m.publishedAt().orElse(null))
                .site(m.site().map(scripts::convert).map(budget::field).orElse(null))
                .authors(m.authors().stream().map(scripts::convert).map(budget::field).toList())
                .editors(m.editors().stream().map(scripts::convert).map(budget::field).toList())
                .ipLocation(m.ipLocation().map(scripts::convert).map(budget::field).orElse(null))
                .language(language)
                .script(script)
                .speakers(speakers)
                .blocks(seg.blocks())
                .removed(budget.removed(removed))
                .build();
        laps.lap("segment", Stage.SEGMENT);
        return new CleanResult.Cleaned(t);
    }

    /** The kept blocks in the policy's script; the Simplified forms are already at hand for the default policy. */
    private List<SourceBlock> converted(Filtered filtered) {
        List<SourceBlock> out = new ArrayList<>(filtered.blocks().size());
        for (int i = 0; i < filtered.blocks().size(); i++) {
            SourceBlock b = filtered.blocks().get(i);
            String text = settings.scriptPolicy() == ScriptPolicy.HANS ? filtered.simplified().get(i)
                    : scripts.convert(b.text());
            out.add(b.withText(text));
        }
        return out;
    }

    private static CleanResult reject(Stage stage, Reason reason, String detail) {
        return new CleanResult.Rejected(new Rejection(stage, reason, detail));
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
