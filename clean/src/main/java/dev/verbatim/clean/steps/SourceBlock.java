package dev.verbatim.clean.steps;

import java.util.Objects;

/**
 * One block of page text as read from the markup or the plain-text lines, before filtering and
 * segmentation.
 *
 * @param kind        what the layout says it is
 * @param text        the text, trimmed, with runs of spaces collapsed; never blank
 * @param plain       true when the block is a plain-text line, whose role must be guessed
 * @param linkDensity the share of the text that sits inside links, 0 to 1
 * @param boldLead    true when the text opens with bold markup, as a {@code <strong>Name:</strong>} label does;
 *                    a markup heading without it comes from a heading tag ({@code <h2>}–{@code <h6>}),
 *                    with it from a standalone bold line
 * @param boldWhole   true when all of the text is bold, as an interviewer's unlabelled question often is
 */
public record SourceBlock(SourceKind kind, String text, boolean plain, double linkDensity, boolean boldLead,
        boolean boldWhole) {

    public SourceBlock {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("source block text is blank");
        }
    }

    /** A block whose text is not wholly bold. */
    public SourceBlock(SourceKind kind, String text, boolean plain, double linkDensity, boolean boldLead) {
        this(kind, text, plain, linkDensity, boldLead, false);
    }

    /** A markup paragraph without links. */
    public static SourceBlock paragraph(String text) {
        return new SourceBlock(SourceKind.PARAGRAPH, text, false, 0, false);
    }

    /** A plain-text line. */
    public static SourceBlock line(String text) {
        return new SourceBlock(SourceKind.PARAGRAPH, text, true, 0, false);
    }

    /** This block with {@code newText}; throws {@link IllegalArgumentException} if it is blank. */
    public SourceBlock withText(String newText) {
        return new SourceBlock(kind, newText, plain, linkDensity, boldLead, boldWhole);
    }

    /** A markup paragraph that opens with bold text. */
    public static SourceBlock boldLed(String text) {
        return new SourceBlock(SourceKind.PARAGRAPH, text, false, 0, true);
    }

    /** A markup paragraph that is bold throughout, read as a heading when it is short. */
    public static SourceBlock wholeBold(String text, SourceKind kind) {
        return new SourceBlock(kind, text, false, 0, true, true);
    }

    /**
     * A heading set with a heading tag rather than a bold line: a section title even when it opens
     * with a name and a colon ({@code <h3>Precht: Das Auto wird …</h3>}); only a tag holding nothing
     * but a label ({@code <h3>Name：</h3>}) is a label block.
     */
    public boolean isHeadingTag() {
        return kind == SourceKind.HEADING && !plain && !boldLead;
    }

    /** This block read as {@code newKind}. */
    public SourceBlock withKind(SourceKind newKind) {
        return new SourceBlock(newKind, text, plain, linkDensity, boldLead, boldWhole);
    }
}
