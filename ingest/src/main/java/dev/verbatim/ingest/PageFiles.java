package dev.verbatim.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.model.RawPage;
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
 * and the fetch time is the file's modification time. {@code .gz} files are decompressed.
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

    private PageFiles() {
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

    /** Reads one page file and its metadata. */
    public static RawPage read(Path file) throws IOException {
        byte[] body = readBody(file);
        Optional<JsonNode> meta = sidecar(file);
        String url = meta.map(m -> m.path("url").asText(null)).orElse(null);
        String contentType = meta.map(m -> m.path("content_type").asText(null)).orElse(null);
        String fetchedAt = meta.map(m -> m.path("fetched_at").asText(null)).orElse(null);
        return new RawPage(
                url != null ? url : file.toAbsolutePath().normalize().toUri().toString(),
                contentType != null ? contentType : contentTypeOf(file),
                fetchedAt != null ? parseInstant(fetchedAt, file) : Files.getLastModifiedTime(file).toInstant(),
                body);
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

    private static byte[] readBody(Path file) throws IOException {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            return Files.readAllBytes(file);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
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
