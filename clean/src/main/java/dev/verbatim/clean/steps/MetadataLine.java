package dev.verbatim.clean.steps;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The metadata fields found in one short line, and what is left of the line without them.
 *
 * @param byline    author and editor fields
 * @param time      the date and time, if the line states one
 * @param timeLabel whether the time is introduced by a word such as {@code 时间:} or {@code Published}
 * @param ip        the text after {@code IP属地}
 * @param source    the text after {@code 来源:}
 * @param leftover  the line with every field and separator removed
 */
record MetadataLine(Byline byline, Optional<FoundTime> time, boolean timeLabel, Optional<String> ip,
        Optional<String> source, String leftover) {

    private static final Pattern SENTENCE = Pattern.compile("[。！？!?]");
    /** Most text a line may hold beside an explicit source field, in characters. */
    private static final int MAX_SOURCE_LEFTOVER = 40;

    public MetadataLine {
        Objects.requireNonNull(byline, "byline");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(leftover, "leftover");
    }

    /** True when the line is nothing but metadata: the fields found leave almost no other text. */
    public boolean isMetadataOnly(int lineLength) {
        boolean strong = !byline.isEmpty() || ip.isPresent() || source.isPresent() || (time.isPresent() && timeLabel)
                || outlet().isPresent();
        int left = leftover.codePointCount(0, leftover.length());
        if (SENTENCE.matcher(leftover).find()) {
            return false;
        }
        if (strong) {
            return left <= Math.max(12, lineLength / 4);
        }
        return time.isPresent() && left <= 6;
    }

    /**
     * True when the line states its source in an explicit field ({@code 来源：…}, {@code Source: …}) beside other
     * short fields ({@code Source: PM | Duration: 3min 13sec}), not inside a sentence.
     */
    public boolean hasSourceField() {
        return source.isPresent() && !SENTENCE.matcher(leftover).find() && leftover.length() <= MAX_SOURCE_LEFTOVER;
    }

    /**
     * The outlet the line credits: one named before a reporter title ({@code 聯合報 記者…}), else a name standing
     * alone beside an IP or time field, as in {@code IP属地 北京 某某APP 时间:…} or the source span of a date line
     * ({@code 2019年09月09日 20:52 新浪财经-自媒体综合}).
     */
    public Optional<String> outlet() {
        if (byline.outlet().isPresent()) {
            return byline.outlet();
        }
        // Beside a bare time, a name of two characters is more often a place (北京) than an outlet.
        boolean spanOfDateLine = time.isPresent() && byline.isEmpty() && source.isEmpty() && leftover.length() >= 3;
        boolean fielded = ip.isPresent() || timeLabel || spanOfDateLine;
        boolean oneToken = leftover.length() >= 2 && leftover.indexOf(' ') < 0 && leftover.length() <= 20;
        return fielded && oneToken && !leftover.chars().allMatch(Character::isDigit) ? Optional.of(leftover) : Optional.empty();
    }
}
