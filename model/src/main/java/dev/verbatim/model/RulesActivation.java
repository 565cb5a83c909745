package dev.verbatim.model;

import java.util.Objects;

/**
 * One activation of cleaning rules in the cluster: the order in which it was activated and the
 * version it activated. The order of versions is the order of activation, never anything derived
 * from the version hash: a later activation outranks an earlier one even when it brings back rules
 * that ran before.
 *
 * @param epoch        the activation's sequence number; greater is newer; {@link #BUILT_IN_EPOCH} when
 *                     no rules were ever activated and the built-in rules apply
 * @param rulesVersion the {@code rules_version} of the activated rules
 */
public record RulesActivation(long epoch, String rulesVersion) {

    /** The epoch of the built-in rules, in force until the first activation. */
    public static final long BUILT_IN_EPOCH = 0;

    public RulesActivation {
        Objects.requireNonNull(rulesVersion, "rulesVersion");
        if (epoch < BUILT_IN_EPOCH) {
            throw new IllegalArgumentException("a rules epoch is >= 0, was " + epoch);
        }
    }

    /** Whether this activation came after {@code other}. */
    public boolean newerThan(RulesActivation other) {
        return epoch > other.epoch;
    }

    @Override
    public String toString() {
        return rulesVersion + " (epoch " + epoch + ")";
    }
}
