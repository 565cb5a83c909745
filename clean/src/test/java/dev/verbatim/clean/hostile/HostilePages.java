package dev.verbatim.clean.hostile;

import dev.verbatim.model.RawPage;
import dev.verbatim.model.Reason;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The project's hostile corpus for the cleaning core, made on demand (one page at a time, so the
 * 50 MB page is in memory only while it is cleaned): huge and deeply structured pages, binary
 * files with late signatures, random bytes, mislabelled Big5, control characters, an attribute
 * bomb. Each page says what must become of it: a rejection for one of some reasons, or a
 * transcript. The file-level hostiles (gzip bombs, sparse files, bad sidecars) are in the app's
 * tests, where files are read.
 */
public final class HostilePages {

    /** One hostile page: its name, how it is made, and the reasons it may be rejected for (empty: it must be cleaned). */
    public record Hostile(String name, Supplier<RawPage> page, Set<Reason> rejectedFor) {
        /** Whether this page must become a transcript. */
        public boolean cleaned() {
            return rejectedFor.isEmpty();
        }
    }

    static final String ARTICLE = "<h1>港口起重机恢复运作</h1><p>港务局周一表示，经过一个冬天的维修，起重机将在春季前恢复服务。</p>";
    private static final Set<Reason> DECODE_REFUSALS = Set.of(Reason.BINARY_CONTENT, Reason.UNDECODABLE,
            Reason.UNSUPPORTED_TYPE, Reason.EMPTY_BODY);

    private HostilePages() {
    }

    /** Every hostile page, in a stable order. */
    public static List<Hostile> all() {
        List<Hostile> pages = new ArrayList<>(List.of(
                rejected("million-open-p", () -> html("<p>x".repeat(1_000_000)), Reason.TOO_COMPLEX),
                rejected("million-closed-p-8MB", () -> html("<p>x</p>".repeat(1_000_000)), Reason.TOO_COMPLEX),
                rejected("50MB-page", () -> html(("<p>" + "A long paragraph of text. ".repeat(40) + "</p>\n").repeat(48_000)),
                        Reason.TOO_LARGE),
                rejected("million-text-lines", () -> page("text/plain; charset=utf-8", "a line\n".repeat(1_000_000)),
                        Reason.TOO_COMPLEX),
                rejected("30000-paragraphs", () -> html("<p>这是一段正文。</p>".repeat(30_000)), Reason.TOO_COMPLEX),
                rejected("5MB-single-paragraph", () -> html("<p>" + "正".repeat(2_500_000) + "</p>"), Reason.TOO_LARGE),
                rejected("million-entities", () -> html("<p>" + "&amp;".repeat(1_500_000) + "</p>"), Reason.TOO_LARGE),
                cleaned("350000-char-title", () -> html("<title>" + "标题".repeat(175_000) + "</title>" + ARTICLE)),
                cleaned("50000-removed-boxes", () -> html("<div class='share'>分享</div>".repeat(50_000) + ARTICLE)),
                cleaned("50000-deep-divs", () -> html("<div>".repeat(50_000) + ARTICLE + "</div>".repeat(50_000))),
                cleaned("attribute-bomb", () -> html("<p " + attributes(100_000) + ">" + ARTICLE + "</p>")),
                cleaned("unclosed-comment-5MB", () -> html(ARTICLE + "<!--" + "x".repeat(5_000_000))),
                cleaned("script-7MB", () -> html(ARTICLE + "<script>" + "var a=1;".repeat(900_000) + "</script>")),
                cleaned("markdown-200000-nested-quotes", () -> page("text/markdown", ">".repeat(200_000) + " 港务局周一表示，经过一个冬天的维修。")),
                cleaned("markdown-emphasis-bomb", () -> page("text/markdown", "*a **b ".repeat(100_000))),
                cleaned("control-characters", () -> html("<title>T\u001b[31mitle\u0007\u202E</title><h1>港口\u0000起重机"
                        + "\u0085恢复运作\u001b]0;pwned\u0007</h1><p>港务局周一表示，\u200B经过一个冬天的维修，\u202E起重机将在春季前恢复服务。"
                        + "\r\f\u000b</p>")),
                cleaned("big5-declared-gb2312", () -> new RawPage("https://h.example/big5", "text/html; charset=gb2312",
                        Instant.EPOCH, ("<h1>港口起重機恢復運作</h1><p>港務局週一表示，經過一個冬天的維修，起重機將在春季前恢復服務。"
                                + "記者會上，發言人詳細說明了政府對於住房問題的新政策。</p>").getBytes(Charset.forName("Big5")))),
                rejected("jpeg-after-2KB-of-html", () -> bytes("text/html", text(ARTICLE.repeat(12)), jpeg()),
                        Reason.BINARY_CONTENT),
                rejected("pdf-after-3KB-of-text", () -> bytes("", text(("plain words " + "x".repeat(60) + "\n").repeat(40)),
                        text("%PDF-1.7\n"), binary(50_000, 7)), Reason.BINARY_CONTENT),
                rejected("ascii-pdf", () -> page("", asciiPdf()), Reason.BINARY_CONTENT),
                rejected("png-after-5KB", () -> bytes("text/html; charset=utf-8", text("<p>" + "y".repeat(5000) + "</p>"),
                        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, binary(20_000, 3)),
                        Reason.BINARY_CONTENT),
                rejected("docx-after-1500-bytes", () -> bytes("text/html", text("<p>" + "z".repeat(1500) + "</p>"),
                        new byte[] {'P', 'K', 3, 4}, binary(30_000, 5)), Reason.BINARY_CONTENT),
                rejected("jpeg-at-12KB", () -> bytes("text/html", text("<p>" + "w".repeat(12_000) + "</p>"), jpeg()),
                        Reason.BINARY_CONTENT)));
        for (int i = 0; i < 20; i++) {
            int seed = i;
            pages.add(new Hostile("random-bytes-" + i, () -> new RawPage("https://h.example/random/" + seed, seed % 2 == 0 ? "" : "text/html",
                    Instant.EPOCH, binary(1024 + seed * 5000, seed)), DECODE_REFUSALS));
        }
        return pages;
    }

    private static Hostile rejected(String name, Supplier<RawPage> page, Reason reason) {
        return new Hostile(name, page, Set.of(reason));
    }

    private static Hostile cleaned(String name, Supplier<RawPage> page) {
        return new Hostile(name, page, Set.of());
    }

    private static RawPage html(String body) {
        return page("text/html; charset=utf-8", "<html><body>" + body + "</body></html>");
    }

    private static RawPage page(String type, String text) {
        return new RawPage("https://h.example/page", type, Instant.EPOCH, text.getBytes(StandardCharsets.UTF_8));
    }

    private static RawPage bytes(String type, byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return new RawPage("https://h.example/binary", type, Instant.EPOCH, out.toByteArray());
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] binary(int length, long seed) {
        byte[] b = new byte[length];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static byte[] jpeg() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0});
        out.writeBytes(binary(60_000, 11));
        return out.toByteArray();
    }

    private static String attributes(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append('a').append(i).append("=1 ");
        }
        return sb.toString();
    }

    private static String asciiPdf() {
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
        for (int i = 3; i < 400; i++) {
            pdf.append(i).append(" 0 obj\n<< /Length 44 >>\nstream\nBT /F1 24 Tf 100 700 Td (Hello World, line ")
                    .append(i).append(") Tj ET\nendstream\nendobj\n");
        }
        return pdf.append("trailer\n<< /Root 1 0 R >>\n%%EOF\n").toString();
    }

    /** The reasons a hostile page's outcome is described by, for reports: {@code cleaned} or the wire reason. */
    public static String outcome(Optional<Reason> rejected) {
        return rejected.map(Reason::wireName).orElse("cleaned");
    }
}
