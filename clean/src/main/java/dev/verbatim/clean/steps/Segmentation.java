package dev.verbatim.clean.steps;

import dev.verbatim.model.Block;
import java.util.List;
import java.util.Map;

/**
 * Blocks in reading order, the speaker labels in order of first appearance, and the role word
 * each label was introduced with ({@code 主持人 王芳：} gives {@code 王芳 → 主持人}), if any.
 */
public record Segmentation(List<Block> blocks, List<String> labels, Map<String, String> roleWords) {
    public Segmentation {
        blocks = List.copyOf(blocks);
        labels = List.copyOf(labels);
        roleWords = Map.copyOf(roleWords);
    }
}
