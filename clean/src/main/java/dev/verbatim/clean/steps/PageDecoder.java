package dev.verbatim.clean.steps;

import dev.verbatim.model.RawPage;
import dev.verbatim.model.Reason;
import dev.verbatim.model.Rejection;
import dev.verbatim.model.Stage;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.regex.Pattern;

/**
 * Bytes and headers to text: the decode step of the cleaning core.
 *
 * <p>Rejects empty bodies ({@link Reason#EMPTY_BODY}), non-text content types such as images,
 * PDF, audio and video ({@link Reason#UNSUPPORTED_TYPE}), binary bytes under a text content type
 * ({@link Reason#BINARY_CONTENT}: NUL or control bytes up front, a binary format's signature in
 * the first 8 KiB, or a decoded text with many control or replacement characters) and bodies no
 * charset decodes ({@link Reason#UNDECODABLE}). Control characters other than white space are
 * removed from the decoded text, so no field of a transcript carries one.
 * Otherwise picks the charset as browsers do, checked against the bytes (see {@link
 * CharsetResolver}), strips a leading byte order mark and reads the page as {@link PageFormat#TEXT}
 * for {@code text/plain}, or for an unlabelled body without markup, and as HTML otherwise; a
 * {@code text/markdown} body, or a plain or unlabelled one that {@link MarkdownSniffer} finds to be
 * Markdown, is read as {@link PageFormat#MARKDOWN}.
 *
 * <p>Stateless and thread-safe: one instance may serve all threads. Never throws on bad input.
 */
public final class PageDecoder {

    /** How many leading bytes (or chars, for UTF-16) are checked for binary content. */
    static final int BINARY_SCAN = 1024;

    private static final String OCTET_STREAM = "application/octet-stream";
    private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z!/?]");
    private static final List<String> NON_TEXT_PREFIXES =
            List.of("image/", "video/", "audio/", "font/", "model/");
    private static final Set<String> NON_TEXT_TYPES = Set.of("application/pdf", "application/zip",
            "application/gzip", "application/x-gzip", "application/x-tar", "application/x-7z-compressed",
            "application/x-rar-compressed", "application/vnd.rar", "application/wasm",
            "application/x-shockwave-flash", "application/vnd.ms-fontobject");

    /** Creates a decoder; it has no configuration and no state. */
    public PageDecoder() {}

    /**
     * Decodes a page's body.
     *
     * @return the text with its charset, format and charset source, or a DECODE rejection
     */
    public StepOutcome<Decoded> decode(RawPage page) {
        byte[] body = page.body(); // a copy: take it once
        if (body.length == 0) {
            return fail(Reason.EMPTY_BODY, "the page has no bytes");
        }
        String mediaType = CharsetDeclarations.mediaType(page.contentType());
        if (nonText(mediaType)) {
            return fail(Reason.UNSUPPORTED_TYPE, "content type " + mediaType + " is not text");
        }
        Optional<String> httpLabel = CharsetDeclarations.httpLabel(page.contentType());
        boolean wide = wide(body, httpLabel);
        Optional<String> binary = wide ? Optional.empty()
                : binaryBytes(body).or(() -> BinarySignatures.find(body, CharsetBom.of(body).map(CharsetBom::length).orElse(0)));
        if (binary.isPresent()) {
            return mediaType.equals(OCTET_STREAM)
                    ? fail(Reason.UNSUPPORTED_TYPE, OCTET_STREAM + " with binary content: " + binary.get())
                    : fail(Reason.BINARY_CONTENT, binary.get());
        }
        StepOutcome<CharsetResolver.Choice> resolved = CharsetResolver.resolve(body, httpLabel);
        if (resolved instanceof StepOutcome.Fail<CharsetResolver.Choice> failure) {
            return new StepOutcome.Fail<>(failure.rejection());
        }
        return decoded(((StepOutcome.Ok<CharsetResolver.Choice>) resolved).value(), mediaType, page.url(), wide);
    }

    /** The decoded page; text from a body declared wide is checked for binary content now. */
    private static StepOutcome<Decoded> decoded(CharsetResolver.Choice choice, String mediaType, String url,
            boolean wide) {
        PageText decoded = choice.text().withoutBom();
        Optional<String> binary = wide ? binaryChars(decoded.string()) : Optional.empty();
        if (binary.isPresent()) {
            return fail(Reason.BINARY_CONTENT, binary.get());
        }
        PageText text = decoded;
        if (!choice.plain()) {
            StepOutcome<String> screened = TextScreen.screen(decoded.string());
            if (screened instanceof StepOutcome.Fail<String> notText) {
                return new StepOutcome.Fail<>(notText.rejection());
            }
            text = PageText.of(((StepOutcome.Ok<String>) screened).value());
        }
        return new StepOutcome.Ok<>(new Decoded(text, choice.charset(), format(mediaType, url, text), choice.source()));
    }

    private static PageFormat format(String mediaType, String url, PageText text) {
        switch (mediaType) {
            case "text/markdown":
            case "text/x-markdown":
                return PageFormat.MARKDOWN;
            case "text/plain":
                return MarkdownSniffer.isMarkdown(url, text.string()) ? PageFormat.MARKDOWN : PageFormat.TEXT;
            case "":
            case OCTET_STREAM:
                if (MarkdownSniffer.isMarkdown(url, text.string())) {
                    return PageFormat.MARKDOWN;
                }
                return looksLikeMarkup(text.string()) ? PageFormat.HTML : PageFormat.TEXT;
            default:
                return PageFormat.HTML; // text/html, application/xhtml+xml and unknown types
        }
    }

    private static boolean looksLikeMarkup(String text) {
        return MARKUP.matcher(text).region(0, Math.min(text.length(), BINARY_SCAN)).find();
    }

    private static boolean nonText(String mediaType) {
        return NON_TEXT_TYPES.contains(mediaType) || NON_TEXT_PREFIXES.stream().anyMatch(mediaType::startsWith);
    }

    /** Whether the body is declared (by BOM or HTTP) in a 16/32-bit encoding, where NULs are text. */
    private static boolean wide(byte[] body, Optional<String> httpLabel) {
        return CharsetBom.of(body).map(CharsetBom::wide).orElse(false)
                || httpLabel.flatMap(CharsetLabels::resolve).map(CharsetLabels::wide).orElse(false);
    }

    private static Optional<String> binaryBytes(byte[] body) {
        return binary(body.length, i -> body[i] & 0xFF, "bytes");
    }

    private static Optional<String> binaryChars(String text) {
        return binary(text.length(), text::charAt, "chars");
    }

    /**
     * Evidence that a body is not text: two or more NULs, or more than a tenth (and more than three)
     * control characters, among its first {@value #BINARY_SCAN} units. Tab, line feed, form feed,
     * carriage return and escape (used by ISO-2022 encodings) are not counted.
     */
    private static Optional<String> binary(int length, IntUnaryOperator unit, String unitName) {
        int scanned = Math.min(length, BINARY_SCAN);
        int nuls = 0;
        int controls = 0;
        for (int i = 0; i < scanned; i++) {
            int c = unit.applyAsInt(i);
            nuls += c == 0 ? 1 : 0;
            controls += isControl(c) ? 1 : 0;
        }
        String where = " in the first " + scanned + " " + unitName;
        if (nuls >= 2) {
            return Optional.of(nuls + " NUL " + unitName + where);
        }
        if (controls > 3 && controls * 10 > scanned) {
            return Optional.of(controls + " control characters" + where);
        }
        return Optional.empty();
    }

    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r' && c != 0x1B) || c == 0x7F;
    }

    private static <T> StepOutcome<T> fail(Reason reason, String detail) {
        return new StepOutcome.Fail<>(new Rejection(Stage.DECODE, reason, detail));
    }
}
