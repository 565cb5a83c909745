package dev.verbatim.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.model.PageUrl;
import dev.verbatim.model.RawPage;
import dev.verbatim.model.Reason;
import dev.verbatim.model.Rejection;
import dev.verbatim.model.Stage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Finds page files and reads them as {@link RawPage}s.
 *
 * <p>A page's metadata comes from a sidecar: {@code meta.json} beside a file named {@code page.*}
 * (one case folder per page), or {@code <file>.meta.json}. A sidecar holds {@code url},
 * {@code content_type} and {@code fetched_at}, each optional. Without one, the URL is the file's
 * {@code file:} URI, the content type comes from the extension ({@code .md} is {@code text/markdown})
 * and the fetch time is the file's modification time. {@code .gz} files are decompressed. A sidecar
 * URL must be an absolute http(s) URL ({@link PageUrl}). A body over the size limit, on disk or
 * once decompressed, is {@link TooLarge}: its size is read from the file system, and a gzip stream
 * is read only up to the limit, so neither a sparse file nor a gzip bomb is ever held in memory.
 *
 * <p>Thread-safe and stateless.
 */
public final class PageFiles {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PAGE_EXTENSIONS = List.of(".html", ".htm", ".xhtml", ".shtml", ".txt", ".text");
    /**
     * Markdown pages: in a folder walk they count only as a case file ({@code page.md}) or with their
     * own sidecar, since folders of pages also hold Markdown documentation ({@code README.md}).
     */
    private static final List<String> MARKDOWN_EXTENSIONS = List.of(".md", ".markdown");

    /** The default size limit of a page body: the rules' default {@code limits.max_input_bytes}, 8 MiB. */
    public static final int DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

    private PageFiles() {
    }

    /** A page file over the size limit: a rejection ({@code decode/too-large}), not a failure of the run. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Rejection rejection;
        private final String url;

        TooLarge(String url, String detail) {
            super(detail);
            this.url = url;
            this.rejection = new Rejection(Stage.DECODE, Reason.TOO_LARGE, detail);
        }

        /** The page's URL (from its sidecar, or the file's URI). */
        public String url() {
            return url;
        }

        public Rejection rejection() {
            return rejection;
        }
    }

    /**
     * The page files under the given paths, in a stable (sorted) order. A path that is a file is
     * taken as a page whatever its name. Throws {@link NoSuchFileException} for a missing path.
     */
    public static List<Path> find(List<Path> roots) throws IOException {
        List<Path> pages = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                throw new NoSuchFileException(root.toString(), null, "no such file or directory");
            }
            if (Files.isRegularFile(root)) {
                pages.add(root);
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).filter(PageFiles::isPageFile).sorted().forEach(pages::add);
            }
        }
        return pages;
    }

    /**
     * Whether a file name looks like a page: a known text extension, optionally gzipped, not a sidecar;
     * a Markdown file only as {@code page.md} or beside its own {@code <file>.meta.json}.
     */
    static boolean isPageFile(Path file) {
        String base = baseName(file);
        if (MARKDOWN_EXTENSIONS.stream().anyMatch(base::endsWith)) {
            return isCaseFile(file) || Files.isRegularFile(file.resolveSibling(file.getFileName() + ".meta.json"));
        }
        return PAGE_EXTENSIONS.stream().anyMatch(base::endsWith);
    }

    /** The lower-cased file name without a {@code .gz} suffix. */
    private static String baseName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }

    /** Reads one page file and its metadata, with the default size limit ({@link #DEFAULT_MAX_BYTES}). */
    public static RawPage read(Path file) throws IOException {
        return read(file, DEFAULT_MAX_BYTES);
    }

    /**
     * Reads one page file and its metadata.
     *
     * @throws TooLarge when the body has more than {@code maxBytes} bytes, on disk or decompressed
     * @throws IOException when the file or its sidecar cannot be read or is invalid, with a message naming it
     */
    public static RawPage read(Path file, int maxBytes) throws IOException {
        Optional<JsonNode> meta = sidecar(file);
        String given = meta.map(m -> m.path("url").asText(null)).orElse(null);
        String url = given != null ? checkedUrl(given, file) : file.toAbsolutePath().normalize().toUri().toString();
        String contentType = meta.map(m -> m.path("content_type").asText(null)).orElse(null);
        String fetchedAt = meta.map(m -> m.path("fetched_at").asText(null)).orElse(null);
        byte[] body = readBody(file, url, maxBytes);
        return new RawPage(url,
                contentType != null ? contentType : contentTypeOf(file),
                fetchedAt != null ? parseInstant(fetchedAt, file) : Files.getLastModifiedTime(file).toInstant(),
                body);
    }

    private static String checkedUrl(String url, Path file) throws IOException {
        Optional<String> defect = PageUrl.defect(url, PageUrl.WEB);
        if (defect.isPresent()) {
            String shown = url.length() > 80 ? url.substring(0, 80) + "…" : url;
            throw new IOException("the sidecar of " + file + " has a bad url '" + shown.replaceAll("\\p{Cntrl}", "?")
                    + "': " + defect.get());
        }
        return url;
    }

    /** The name a page is known by in output folders: its case folder for {@code page.*}, else its name without extensions. */
    public static String caseName(Path file) {
        String name = file.getFileName().toString();
        if (isCaseFile(file) && file.toAbsolutePath().getParent() != null
                && file.toAbsolutePath().getParent().getFileName() != null) {
            return file.toAbsolutePath().getParent().getFileName().toString();
        }
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static boolean isCaseFile(Path file) {
        return file.getFileName().toString().startsWith("page.");
    }

    private static byte[] readBody(Path file, String url, int maxBytes) throws IOException {
        boolean gzip = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        long onDisk = Files.size(file);
        if (!gzip && onDisk > maxBytes) {
            throw new TooLarge(url, String.format(Locale.ROOT, "the file has %,d bytes, more than limits.max_input_bytes (%,d)",
                    onDisk, maxBytes));
        }
        try (InputStream in = gzip ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
            byte[] body = in.readNBytes(maxBytes);
            if (in.read() >= 0) {
                throw new TooLarge(url, String.format(Locale.ROOT,
                        "the file has more than limits.max_input_bytes (%,d) bytes%s", maxBytes,
                        gzip ? String.format(Locale.ROOT, " once decompressed (%,d compressed)", onDisk) : ""));
            }
            return body;
        }
    }

    private static Optional<JsonNode> sidecar(Path file) throws IOException {
        Path own = file.resolveSibling(file.getFileName() + ".meta.json");
        Path folder = file.resolveSibling("meta.json");
        Path chosen = Files.isRegularFile(own) ? own : isCaseFile(file) && Files.isRegularFile(folder) ? folder : null;
        if (chosen == null) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(chosen.toFile());
            if (node == null || !node.isObject()) {
                throw new IOException(chosen + " is not a JSON object");
            }
            return Optional.of(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(chosen + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Instant parseInstant(String value, Path file) throws IOException {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IOException("fetched_at '" + value + "' in the sidecar of " + file + " is not an ISO-8601 instant", e);
        }
    }

    /** The content type implied by a file's extension, without a charset (the cleaner detects it). */
    static String contentTypeOf(Path file) {
        String base = baseName(file);
        if (base.endsWith(".txt") || base.endsWith(".text")) {
            return "text/plain";
        }
        if (MARKDOWN_EXTENSIONS.stream().anyMatch(base::endsWith)) {
            return "text/markdown";
        }
        if (base.endsWith(".xhtml")) {
            return "application/xhtml+xml";
        }
        return base.endsWith(".html") || base.endsWith(".htm") || base.endsWith(".shtml") ? "text/html" : "";
    }
}
