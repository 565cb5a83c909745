package dev.verbatim.clean.steps;

import java.util.Objects;

/**
 * A speaker label at the start of a block.
 *
 * @param label the short label ({@code 王芳} for {@code 主持人 王芳：})
 * @param role  the role word that introduced the label, or empty
 * @param rest  the text after the label, colon and timestamp; empty for a label standing alone
 */
record LabelMatch(String label, String role, String rest) {
    public LabelMatch {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(rest, "rest");
    }
}
