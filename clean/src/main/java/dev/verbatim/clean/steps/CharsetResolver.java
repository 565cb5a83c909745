package dev.verbatim.clean.steps;

import dev.verbatim.model.Reason;
import dev.verbatim.model.Rejection;
import dev.verbatim.model.Stage;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Picks the charset of a body and decodes it, checking every declaration against the bytes.
 *
 * <p>Declarations are tried in browser order: byte order mark, HTTP charset, meta charset. A
 * declaration wins if it decodes the body cleanly, with two exceptions: a declared single-byte
 * charset (latin1, windows-1252...) gives way to a multibyte charset the detector finds and that
 * decodes the body cleanly, and a declaration that decodes with a few bad sequences gives way to
 * clean UTF-8. A declaration with many bad sequences is passed over. After the declarations comes
 * UTF-8 when the bytes are well-formed UTF-8 (multibyte text in another charset almost never is,
 * and pure ASCII reads the same in all), then the detector's guess. Then, as a last resort, a
 * lossy decode (U+FFFD for bad sequences, at most one per KiB) in a declared or guessed charset,
 * and finally windows-1252 if nothing multibyte was declared. A body declared multibyte that
 * nothing decodes is rejected.
 *
 * <p>The chosen source is one of {@code bom}, {@code http}, {@code meta}, {@code well-formed}
 * (UTF-8), {@code sniffed} and {@code default} (windows-1252); {@code sniffed-over-http} (etc.)
 * when the bytes overruled a declaration, and a {@code -lossy} suffix when replacement characters
 * were needed.
 *
 * <p>Each call works on its own instance; the class holds no shared state and is thread-safe.
 */
final class CharsetResolver {

    /**
     * A decoded body and where its charset came from; {@code plain} when the text is known to hold
     * nothing {@link TextScreen} acts on.
     */
    record Choice(PageText text, Charset charset, String source, boolean plain) {}

    private record Candidate(Charset charset, String source) {}

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Canonical names of the GB charsets, which read Big5 bytes as Private Use Area characters. */
    private static final java.util.Set<String> GB_FAMILY = java.util.Set.of("GBK", "GB18030", "GB2312", "x-mswin-936");

    private final byte[] body;
    private final int offset;
    private final int tolerance;
    private final List<Candidate> failed = new ArrayList<>();
    private @Nullable Optional<Charset> sniffed;

    private CharsetResolver(byte[] body, int offset) {
        this.body = body;
        this.offset = offset;
        this.tolerance = Math.max(2, (body.length - offset) / 1024);
    }

    /**
     * Decodes {@code body}, whose HTTP Content-Type declared {@code httpLabel} (possibly empty).
     * The returned text has no leading byte order mark. Fails with {@link Reason#UNDECODABLE}.
     */
    static StepOutcome<Choice> resolve(byte[] body, Optional<String> httpLabel) {
        Optional<CharsetBom> bom = CharsetBom.of(body);
        CharsetResolver resolver = new CharsetResolver(body, bom.map(CharsetBom::length).orElse(0));
        List<Candidate> declared = new ArrayList<>(3);
        bom.ifPresent(b -> declared.add(new Candidate(b.charset(), "bom")));
        httpLabel.flatMap(CharsetLabels::resolve)
                .ifPresent(cs -> declared.add(new Candidate(cs, "http")));
        CharsetDeclarations.metaLabel(body, resolver.offset)
                .flatMap(CharsetLabels::resolveMeta)
                .ifPresent(cs -> declared.add(new Candidate(cs, "meta")));
        return resolver.resolve(declared);
    }

    private StepOutcome<Choice> resolve(List<Candidate> declared) {
        for (Candidate candidate : declared) {
            Optional<Choice> choice = tryDeclared(candidate);
            if (choice.isPresent()) {
                return ok(choice.get());
            }
            failed.add(candidate);
        }
        Optional<Choice> undeclared = tryUtf8().or(this::trySniffed).or(this::trySniffedLossy);
        if (undeclared.isPresent()) {
            return ok(undeclared.get());
        }
        if (failed.stream().anyMatch(c -> !singleByte(c.charset()))) {
            return new StepOutcome.Fail<>(
                    new Rejection(Stage.DECODE, Reason.UNDECODABLE, undecodableDetail()));
        }
        // total: every byte maps to a char
        return ok(strict(WINDOWS_1252).map(r -> choice(r, WINDOWS_1252, overruled("default"))).orElseThrow());
    }

    private Optional<Choice> tryDeclared(Candidate candidate) {
        Charset charset = candidate.charset();
        if (singleByte(charset) && hasNonAscii()) {
            Optional<Choice> multibyte =
                    sniffed().filter(cs -> !singleByte(cs)).flatMap(cs -> overrule(cs, candidate));
            if (multibyte.isPresent()) {
                return multibyte;
            }
        }
        Optional<CharsetTextDecoder.Result> result = CharsetTextDecoder.decode(body, offset, charset, tolerance);
        if (result.isEmpty()) {
            return Optional.empty();
        }
        if (result.get().errors() == 0 && !big5Trace(charset, result.get().text())) {
            return Optional.of(choice(result.get(), charset, overruled(candidate.source())));
        }
        Choice lossy = choice(result.get(), charset, candidate.source() + "-lossy");
        return cleanAlternative(candidate).or(() -> Optional.of(lossy));
    }

    /**
     * For a declaration that decodes with a few bad sequences, or a GB declaration whose text shows
     * the trace of Big5 bytes: a clean decode that overrules it, in UTF-8, else in the detector's
     * guess, else (for a GB declaration) in Big5.
     */
    private Optional<Choice> cleanAlternative(Candidate candidate) {
        Charset declared = candidate.charset();
        if (CharsetLabels.wide(declared)) {
            return Optional.empty();
        }
        Optional<Charset> utf8 = Optional.of(StandardCharsets.UTF_8).filter(cs -> !cs.equals(declared));
        Optional<Charset> big5 = CharsetLabels.resolve("big5").filter(cs -> GB_FAMILY.contains(declared.name()));
        return utf8.flatMap(cs -> overrule(cs, candidate))
                .or(() -> sniffed().filter(cs -> !cs.equals(declared)).flatMap(cs -> overrule(cs, candidate)))
                .or(() -> big5.flatMap(cs -> overrule(cs, candidate)))
                .filter(choice -> !big5Trace(choice.charset(), choice.text()));
    }

    /**
     * Whether a text decoded in a GB charset holds Private Use Area characters: GBK maps Big5's
     * punctuation and several of its rows there, so Big5 bytes declared as gb2312 or gbk decode
     * "cleanly" into them. Such a decode is treated like one with bad sequences.
     */
    private static boolean big5Trace(Charset charset, PageText decoded) {
        if (!GB_FAMILY.contains(charset.name())) {
            return false;
        }
        String text = decoded.string();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uE000' && c <= '\uF8FF') {
                return true;
            }
        }
        return false;
    }

    private Optional<Choice> overrule(Charset charset, Candidate candidate) {
        return strict(charset).map(r -> choice(r, charset, "sniffed-over-" + candidate.source()));
    }

    private Optional<Choice> trySniffed() {
        return sniffed().filter(this::untried)
                .flatMap(cs -> strict(cs).map(r -> choice(r, cs, overruled("sniffed"))));
    }

    /** UTF-8 when the bytes are well-formed UTF-8; the detector is not asked. */
    private Optional<Choice> tryUtf8() {
        return Optional.of(StandardCharsets.UTF_8).filter(this::untried)
                .flatMap(cs -> strict(cs).map(r -> choice(r, cs, overruled("well-formed"))));
    }

    private Optional<Choice> trySniffedLossy() {
        return sniffed().filter(this::untried).flatMap(cs -> CharsetTextDecoder.decode(body, offset, cs, tolerance)
                .map(r -> choice(r, cs, "sniffed-lossy")));
    }

    /** Whether no declaration in this charset has already failed (no need to decode twice). */
    private boolean untried(Charset charset) {
        return failed.stream().noneMatch(c -> c.charset().equals(charset));
    }

    private Optional<CharsetTextDecoder.Result> strict(Charset charset) {
        return CharsetTextDecoder.decode(body, offset, charset, 0);
    }

    private static Choice choice(CharsetTextDecoder.Result decoded, Charset charset, String source) {
        return new Choice(decoded.text(), charset, source, decoded.plain());
    }

    private Optional<Charset> sniffed() {
        if (sniffed == null) {
            sniffed = CharsetSniffer.sniff(body, offset);
        }
        return sniffed;
    }

    /** {@code source}, or {@code source-over-X} when declaration X was tried first and failed. */
    private String overruled(String source) {
        return failed.isEmpty() ? source : source + "-over-" + failed.get(0).source();
    }

    private boolean hasNonAscii() {
        for (int i = offset; i < body.length; i++) {
            if (body[i] < 0) {
                return true;
            }
        }
        return false;
    }

    private String undecodableDetail() {
        StringBuilder detail = new StringBuilder();
        for (Candidate c : failed) {
            detail.append(c.charset().name()).append(" (").append(c.source()).append("), ");
        }
        return detail.append("UTF-8 and the detected charset each leave more than ").append(tolerance)
                .append(" bad byte sequences").toString();
    }

    private static StepOutcome<Choice> ok(Choice choice) {
        return new StepOutcome.Ok<>(choice);
    }

    private static boolean singleByte(Charset charset) {
        return charset.canEncode() && charset.newEncoder().maxBytesPerChar() <= 1.0f;
    }
}
