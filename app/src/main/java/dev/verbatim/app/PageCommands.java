package dev.verbatim.app;

import dev.verbatim.clean.steps.ScriptPolicy;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.verbatim.clean.CleanResult;
import dev.verbatim.clean.CleanSettings;
import dev.verbatim.clean.PageCleaner;
import dev.verbatim.ingest.PageFiles;
import dev.verbatim.ingest.UrlNormalizer;
import dev.verbatim.model.Block;
import dev.verbatim.model.PageUrl;
import dev.verbatim.model.RawPage;
import dev.verbatim.model.Transcript;
import dev.verbatim.model.TranscriptJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The commands that clean pages without Kafka, with the same core and rules as the topology. */
final class PageCommands {

    private PageCommands() {
    }

    /** Output format of {@code clean-dir}. */
    enum Format { transcript, text }

    @Command(name = "clean-page", mixinStandardHelpOptions = true, description = "Print the transcript JSON of one page (no Kafka). "
            + "Metadata comes from the flags, else from a sidecar meta file, else from the file.")
    static final class CleanPage implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "The page file (.gz is decompressed).")
        Path file;

        @Option(names = "--url", description = "The page URL.")
        String url;

        @Option(names = "--content-type", paramLabel = "TYPE", description = "The HTTP Content-Type, verbatim.")
        String contentType;

        @Option(names = "--fetched-at", paramLabel = "INSTANT", description = "ISO-8601 fetch time, e.g. 2025-11-26T09:00:00Z.")
        String fetchedAt;

        @Mixin
        RulesOptions rules;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PageCleaner cleaner = rules.cleaner();
            requireFile(file);
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("not a file: " + file + " (clean-dir cleans a directory)");
            }
            if (url != null) {
                PageUrl.defect(url, PageUrl.WEB).ifPresent(d -> {
                    throw new ParameterException(spec.commandLine(), "--url: " + d);
                });
            }
            RawPage page;
            try {
                page = rules.normalizer().page(withFlags(PageFiles.read(file, cleaner.settings().limits().maxInputBytes())));
            } catch (PageFiles.TooLarge e) {
                throw new IllegalStateException("page rejected: " + e.rejection().summary(), e);
            }
            CleanResult result = cleaner.clean(page);
            if (result instanceof CleanResult.Rejected r) {
                throw new IllegalStateException("page rejected: " + r.rejection().summary());
            }
            Transcript t = ((CleanResult.Cleaned) result).transcript();
            spec.commandLine().getOut().println(TranscriptJson.toPrettyString(t));
            return 0;
        }

        private RawPage withFlags(RawPage p) {
            Instant at = p.fetchedAt();
            if (fetchedAt != null) {
                try {
                    at = Instant.parse(fetchedAt);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("--fetched-at '" + fetchedAt + "' is not an ISO-8601 instant", e);
                }
            }
            return new RawPage(url != null ? url : p.url(), contentType != null ? contentType : p.contentType(), at,
                    p.body());
        }
    }

    @Command(name = "clean-dir", mixinStandardHelpOptions = true, description = "Clean every page under IN into OUT/<case>.json (no Kafka). "
            + "A page that fails gets its reason printed and the run goes on.")
    static final class CleanDir implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "IN", description = "Directory of pages (case folders with page.* and meta.json, or files).")
        Path in;

        @Parameters(index = "1", paramLabel = "OUT", description = "Output directory.")
        Path out;

        @Option(names = "--format", description = "transcript (default) or text: {\"articleBody\": ...}.")
        Format format = Format.transcript;

        @Mixin
        RulesOptions rules;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PageCleaner cleaner = rules.cleaner();
            UrlNormalizer normalizer = rules.normalizer();
            requireFile(in);
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new ParameterException(spec.commandLine(), "OUT must be a directory, and " + out + " is a file");
            }
            List<Path> files = PageFiles.find(List.of(in));
            Files.createDirectories(out);
            Outcomes outcomes = new Outcomes(spec.commandLine().getErr());
            try (Progress progress = Progress.of("cleaning", files.size(), Main.progressStream())) {
                for (Path f : files) {
                    cleanOne(cleaner, normalizer, f, outcomes);
                    progress.step();
                }
            }
            spec.commandLine().getOut().printf("pages: %d, transcripts written: %d, rejected: %d, skipped: %d, into %s%n",
                    files.size(), outcomes.written, outcomes.rejected, outcomes.skipped, out);
            return 0;
        }

        /** What became of each file, counted and told on standard error as it happens. */
        private static final class Outcomes {
            private final PrintWriter msg;
            private final Map<String, Path> fileOfName = new HashMap<>();
            private int written;
            private int rejected;
            private int skipped;

            Outcomes(PrintWriter msg) {
                this.msg = msg;
            }

            void rejected(Path f, String why) {
                rejected++;
                msg.println("rejected " + f + ": " + why);
            }

            void skipped(Path f, String why) {
                skipped++;
                msg.println("skipped " + f + ": " + why);
            }
        }

        private void cleanOne(PageCleaner cleaner, UrlNormalizer normalizer, Path f, Outcomes outcomes) throws IOException {
            RawPage page;
            try {
                page = normalizer.page(PageFiles.read(f, cleaner.settings().limits().maxInputBytes()));
            } catch (PageFiles.TooLarge e) {
                outcomes.rejected(f, e.rejection().summary());
                return;
            } catch (IOException e) {
                outcomes.skipped(f, Main.describe(e));
                return;
            }
            String name = PageFiles.caseName(f) + ".json";
            Path first = outcomes.fileOfName.putIfAbsent(name, f);
            if (first != null) {
                outcomes.skipped(f, "its transcript would be " + name + ", already written for " + first);
                return;
            }
            CleanResult result;
            try {
                result = cleaner.clean(page);
            } catch (RuntimeException e) { // the command's one catch-all, as at the Kafka boundary: the run goes on
                outcomes.rejected(f, "unexpected/internal-error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
                return;
            }
            if (result instanceof CleanResult.Rejected r) {
                outcomes.rejected(f, r.rejection().summary());
                return;
            }
            Transcript t = ((CleanResult.Cleaned) result).transcript();
            byte[] bytes = format == Format.text ? articleBody(t) : TranscriptJson.toPrettyBytes(t);
            Files.write(out.resolve(name), bytes);
            outcomes.written++;
        }
    }

    /** The rules flags of the page commands: configured rules, then {@code --rules}, then {@code --script}. */
    static final class RulesOptions {
        @Option(names = "--script", paramLabel = "POLICY", description = "Script of Chinese output: hans, hant or keep (overrides the rules).")
        String script;

        @Option(names = "--rules", paramLabel = "FILE", description = "Cleaning rules (YAML) over the built-in ones.")
        Path rules;

        @Spec(Spec.Target.MIXEE)
        CommandSpec mixee;

        /** The URL normalizer of the pipeline, so that a page's transcript id here is its id there. */
        UrlNormalizer normalizer() {
            return ConfigLoader.load(Optional.empty(), System.getenv(), Map.of()).urlNormalizer();
        }

        PageCleaner cleaner() {
            Map<String, String> flags = rules == null ? Map.of() : Map.of("clean.rules", rules.toString());
            CleanSettings settings = ConfigLoader.load(Optional.empty(), System.getenv(), flags).clean().settings();
            if (script != null) {
                try {
                    settings = settings.withScriptPolicy(ScriptPolicy.parse(script));
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(mixee.commandLine(), "--script (script.policy): " + e.getMessage(), e,
                            null, script);
                }
            }
            return new PageCleaner(settings);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The body a reader would read, title excluded: block texts joined by newlines. */
    static byte[] articleBody(Transcript t) throws IOException {
        String body = t.blocks().stream().map(Block::text).collect(Collectors.joining("\n"));
        return JSON.writeValueAsString(Map.of("articleBody", body)).getBytes(StandardCharsets.UTF_8);
    }

    private static void requireFile(Path p) {
        if (!Files.exists(p)) {
            throw new IllegalArgumentException("no such file or directory: " + p);
        }
    }
}
