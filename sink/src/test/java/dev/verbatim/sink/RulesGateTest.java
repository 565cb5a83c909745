package dev.verbatim.sink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.model.RulesActivation;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Versions are ordered by activation, never by their hash: older skipped, active stored, newer never skipped. */
class RulesGateTest {

    private static final RulesActivation ACTIVE = new RulesActivation(5, "bbbb");

    @Test
    void storesRecordsOfTheActiveActivation() {
        assertThat(RulesGate.decide(Optional.of(5L), Optional.of("bbbb"), ACTIVE)).isEqualTo(RulesGate.Decision.STORE);
    }

    @Test
    void skipsLateRecordsOfOlderActivationsEvenOfTheSameRules() {
        assertThat(RulesGate.decide(Optional.of(4L), Optional.of("aaaa"), ACTIVE)).isEqualTo(RulesGate.Decision.SKIP);
        assertThat(RulesGate.decide(Optional.of(3L), Optional.of("bbbb"), ACTIVE)).isEqualTo(RulesGate.Decision.SKIP);
    }

    @Test
    void newerActivationIsNeverSkippedWhateverItsHash() {
        assertThat(RulesGate.decide(Optional.of(6L), Optional.of("0000"), ACTIVE)).isEqualTo(RulesGate.Decision.NEWER_RULES);
        assertThat(RulesGate.decide(Optional.of(6L), Optional.of("ffff"), ACTIVE)).isEqualTo(RulesGate.Decision.NEWER_RULES);
    }

    @Test
    void skipsOutputOfAnotherBuildUnderTheActiveEpoch() {
        assertThat(RulesGate.decide(Optional.of(5L), Optional.of("cccc"), ACTIVE)).isEqualTo(RulesGate.Decision.SKIP);
    }

    @Test
    void judgesRecordsWithoutEpochByVersionAndStoresRecordsWithoutEither() {
        assertThat(RulesGate.decide(Optional.empty(), Optional.of("bbbb"), ACTIVE)).isEqualTo(RulesGate.Decision.STORE);
        assertThat(RulesGate.decide(Optional.empty(), Optional.of("aaaa"), ACTIVE)).isEqualTo(RulesGate.Decision.SKIP);
        assertThat(RulesGate.decide(Optional.empty(), Optional.empty(), ACTIVE)).isEqualTo(RulesGate.Decision.STORE);
    }
}
