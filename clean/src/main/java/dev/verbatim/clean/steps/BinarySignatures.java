package dev.verbatim.clean.steps;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the magic numbers of binary formats (PDF, PostScript, images, archives, office files,
 * executables, audio and video) anywhere in the first {@value #SCAN_BYTES} bytes of a body, so a
 * file whose binary part follows a text preamble is not read as a page. The signatures made of
 * printable ASCII ({@code %PDF-}, {@code GIF89a}...) count only at the start of a line, where the
 * format puts them, so an article that quotes one is still text.
 *
 * <p>Stateless and thread-safe.
 */
final class BinarySignatures {

    /** How many leading bytes are searched. */
    static final int SCAN_BYTES = 8 * 1024;

    /** A format's name, its magic bytes, and whether they count only at the start of a line. */
    private record Signature(String format, byte[] magic, boolean lineStart) {
        static Signature of(String format, String latin1Magic, boolean lineStart) {
            return new Signature(format, latin1Magic.getBytes(StandardCharsets.ISO_8859_1), lineStart);
        }
    }

    private static final List<Signature> SIGNATURES = List.of(
            Signature.of("PDF", "%PDF-", true),
            Signature.of("PostScript", "%!PS-Adobe", true),
            Signature.of("GIF", "GIF87a", true),
            Signature.of("GIF", "GIF89a", true),
            Signature.of("PNG", "\u0089PNG\r\n\u001a\n", false),
            Signature.of("JPEG", "\u00ff\u00d8\u00ff", false),
            Signature.of("ZIP (or an office document)", "PK\u0003\u0004", false),
            Signature.of("OLE2 office document", "\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1", false),
            Signature.of("RAR", "Rar!\u001a\u0007", false),
            Signature.of("7-Zip", "7z\u00bc\u00af\u0027\u001c", false),
            Signature.of("gzip", "\u001f\u008b\u0008", false),
            Signature.of("xz", "\u00fd7zXZ\u0000", false),
            Signature.of("zstd", "\u0028\u00b5\u002f\u00fd", false),
            Signature.of("bzip2", "BZh91AY&SY", true),
            Signature.of("ELF executable", "\u007fELF", false),
            Signature.of("WebP", "WEBPVP8", false),
            Signature.of("MP4/QuickTime", "\u0000\u0000\u0000\u0018ftyp", false),
            Signature.of("MP4/QuickTime", "\u0000\u0000\u0000\u0020ftyp", false),
            Signature.of("MP3", "ID3\u0003\u0000", false),
            Signature.of("MP3", "ID3\u0004\u0000", false),
            Signature.of("Ogg", "OggS\u0000", false),
            Signature.of("WOFF font", "wOF2\u0000", false),
            Signature.of("WOFF font", "wOFF\u0000", false));

    /** The signatures by their first byte, in list order: most positions cost one table look-up. */
    private static final Signature[][] BY_FIRST_BYTE = byFirstByte();

    private BinarySignatures() {
    }

    private static Signature[][] byFirstByte() {
        Signature[][] byFirst = new Signature[256][];
        for (Signature s : SIGNATURES) {
            int first = s.magic()[0] & 0xFF;
            Signature[] before = byFirst[first] == null ? new Signature[0] : byFirst[first];
            Signature[] with = Arrays.copyOf(before, before.length + 1);
            with[before.length] = s;
            byFirst[first] = with;
        }
        return byFirst;
    }

    /** The first binary signature in the leading bytes of {@code body}, described, or empty. */
    static Optional<String> find(byte[] body, int from) {
        int end = Math.min(body.length, from + SCAN_BYTES);
        for (int i = from; i < end; i++) {
            Signature[] candidates = BY_FIRST_BYTE[body[i] & 0xFF];
            if (candidates == null) {
                continue;
            }
            for (Signature s : candidates) {
                if (matchesAt(body, i, s) && (!s.lineStart() || lineStart(body, from, i))) {
                    return Optional.of(String.format(Locale.ROOT, "a %s signature at byte %,d", s.format(), i));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean matchesAt(byte[] body, int at, Signature s) {
        byte[] magic = s.magic();
        if (at + magic.length > body.length) {
            return false;
        }
        for (int k = 1; k < magic.length; k++) {
            if (body[at + k] != magic[k]) {
                return false;
            }
        }
        return true;
    }

    /** Whether only spaces or tabs stand between {@code at} and the start of its line (or of the body). */
    private static boolean lineStart(byte[] body, int from, int at) {
        int i = at - 1;
        while (i >= from && (body[i] == ' ' || body[i] == '\t')) {
            i--;
        }
        return i < from || body[i] == '\n' || body[i] == '\r';
    }
}
