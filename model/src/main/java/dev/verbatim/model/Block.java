package dev.verbatim.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One block of a transcript in reading order. A {@link BlockType#TURN} carries the label of its
 * speaker; other blocks carry none.
 */
public record Block(BlockType type, String text, Optional<String> speaker) {

    public Block {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speaker, "speaker");
        if ((type == BlockType.TURN) != speaker.isPresent()) {
            throw new IllegalArgumentException("a turn, and only a turn, has a speaker: " + type);
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("block text is blank");
        }
    }

    public static Block heading(String text) {
        return new Block(BlockType.HEADING, text, Optional.empty());
    }

    public static Block paragraph(String text) {
        return new Block(BlockType.PARAGRAPH, text, Optional.empty());
    }

    public static Block caption(String text) {
        return new Block(BlockType.CAPTION, text, Optional.empty());
    }

    public static Block turn(String speaker, String text) {
        return new Block(BlockType.TURN, text, Optional.of(speaker));
    }

    public Block withText(String newText) {
        return new Block(type, newText, speaker);
    }
}
