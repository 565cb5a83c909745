package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the title references pick among candidate headline elements. */
class HeadlineAgreementTest {

    @Test
    void firstCandidateTheTitleHoldsWins() {
        assertThat(TitlePicker.agreed(List.of("Site Logo", "Real headline"), List.of("Real headline - Site")))
                .contains("Real headline");
    }

    @Test
    void noAgreementGivesNothing() {
        assertThat(TitlePicker.agreed(List.of("Something else"), List.of("Real headline - Site"))).isEmpty();
    }

    @Test
    void kickerRunIntoTheHeadingIsCut() {
        assertThat(TitlePicker.agreed(List.of("KickerThe headline"), List.of("Kicker - The headline")))
                .contains("The headline");
    }

    @Test
    void bareHyphenBeforeAChineseSiteNameIsASuffix() {
        assertThat(TitlePicker.stripSuffix("港口的声音：有你才有城！-潮汐网", Optional.empty(), true))
                .isEqualTo("港口的声音：有你才有城！");
    }

    @Test
    void hyphenInsideALatinWordIsNoSuffix() {
        assertThat(TitlePicker.stripSuffix("COVID-19 cases fall", Optional.empty(), true)).isEqualTo("COVID-19 cases fall");
    }
}
