package dev.verbatim.clean.steps;

/**
 * Which of {@link DateTimeReader}'s forms a text may hold, told from its runs of ASCII digits in one
 * pass, so that each form's expression runs only where its digits are: every form holds a year of
 * four digits; a year-first date has a separator after it ({@code 2025-}, {@code 2025年}); a
 * day-first one, before it ({@code .2025}, {@code / 2025}); the basic ISO form is eight digits and
 * {@code T}; a date with a month name has a day of one or two digits as well. A copyright line
 * ({@code © 2020 Example Inc.}) runs none of the day-first, basic or month-name expressions.
 *
 * <p>Conservative: a form that matches is never ruled out (each test is implied by its expression).
 *
 * @param yearFirst {@code 2025-11-26}, {@code 2025年11月26日}
 * @param dayFirst  {@code 26.11.2025}, {@code 11/26/2025}, {@code 26 | 11 | 2025}
 * @param basic     {@code 20200516T14:51:53Z}
 * @param named     {@code 26. November 2025}, {@code Nov 26, 2025}
 */
record DateShapes(boolean yearFirst, boolean dayFirst, boolean basic, boolean named) {

    private static final DateShapes NONE = new DateShapes(false, false, false, false);

    /** The forms {@code s} (its full-width digits already half-width) may hold. */
    static DateShapes of(String s) {
        boolean yearFirst = false;
        boolean dayFirst = false;
        boolean basic = false;
        boolean year = false;
        boolean day = false;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (!isDigit(s.charAt(i))) {
                continue;
            }
            int start = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            int run = i - start;
            day |= run <= 2;
            if (run >= 4) {
                year = true;
                yearFirst |= separatorAfter(s, i);
                dayFirst |= separatorBefore(s, start);
                basic |= run >= 8 && i < n && s.charAt(i) == 'T';
            }
        }
        return year ? new DateShapes(yearFirst, dayFirst, basic, day) : NONE;
    }

    /** {@code \s*[-/.年]} at {@code i}. */
    private static boolean separatorAfter(String s, int i) {
        while (i < s.length() && TextNormalizer.isRegexSpace(s.charAt(i))) {
            i++;
        }
        return i < s.length() && "-/.年".indexOf(s.charAt(i)) >= 0;
    }

    /** {@code [./|-]\s?} just before {@code start}. */
    private static boolean separatorBefore(String s, int start) {
        int j = start - 1;
        if (j >= 0 && TextNormalizer.isRegexSpace(s.charAt(j))) {
            j--;
        }
        return j >= 0 && "./|-".indexOf(s.charAt(j)) >= 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
