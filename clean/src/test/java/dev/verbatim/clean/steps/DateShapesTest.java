package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The shapes never rule out a form whose expression matches, and rule out most texts that hold none. */
class DateShapesTest {

    @Test
    void neverRulesOutAFormThatMatches() {
        Random random = new Random(31);
        String[] dates = {"2025-11-26", "2025 / 11 / 26", "2025年11月26日", "26.11.2025", "11/26/2025", "26 | 11 | 2025",
            "20200516T14:51:53Z", "26. November 2025", "Nov 26, 2025", "26 de noviembre de 2025", "3rd May 2021"};
        String[] pieces = {"2025", "123", "5", "-", "/", ".", "|", "年", " ", "\t", "T", "x", "Nov", ",", "0"};
        int ruledOut = 0;
        int[] matched = new int[5];
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder(random.nextBoolean() ? dates[random.nextInt(dates.length)] : "");
            for (int k = random.nextInt(4); k >= 0; k--) {
                int at = random.nextInt(sb.length() + 1);
                if (random.nextBoolean() && at < sb.length()) {
                    sb.deleteCharAt(at);
                } else {
                    sb.insert(at, pieces[random.nextInt(pieces.length)]);
                }
            }
            String s = sb.toString();
            DateShapes shapes = DateShapes.of(s);
            matched[0] += assertMayHold(DateTimeReader.YMD, s, shapes.yearFirst());
            matched[1] += assertMayHold(DateTimeReader.BASIC, s, shapes.basic());
            matched[2] += assertMayHold(DateTimeReader.DMY, s, shapes.dayFirst());
            matched[3] += assertMayHold(DateTimeReader.DAY_NAME, s, shapes.named());
            matched[4] += assertMayHold(DateTimeReader.NAME_DAY, s, shapes.named());
            ruledOut += shapes.yearFirst() && shapes.dayFirst() && shapes.basic() && shapes.named() ? 0 : 1;
        }
        assertThat(ruledOut).isGreaterThan(10_000);
        assertThat(matched).as("every form matched some texts").doesNotContain(0);
    }

    @Test
    void aCopyrightLineHoldsNoDayFirstBasicOrNamedDate() {
        assertThat(DateShapes.of("© 2020 Example Inc. All rights reserved.")).isEqualTo(new DateShapes(false, false, false, false));
        assertThat(DateShapes.of("Posted on May 5, 2020")).isEqualTo(new DateShapes(false, false, false, true));
        assertThat(DateShapes.of("2025年11月26日")).isEqualTo(new DateShapes(true, false, false, true));
        assertThat(DateShapes.of("26 / 11 / 2025")).isEqualTo(new DateShapes(false, true, false, true));
        assertThat(DateShapes.of("20200516T14:51:53Z")).isEqualTo(new DateShapes(false, false, true, true));
    }

    /** Asserts the shape admits {@code s} when {@code form} matches in it; returns 1 when it matches. */
    private static int assertMayHold(Pattern form, String s, boolean mayHold) {
        if (!form.matcher(s).find()) {
            return 0;
        }
        assertThat(mayHold).as("%s in '%s'", form.pattern().substring(0, 20), s).isTrue();
        return 1;
    }
}
