package dev.verbatim.sink;

import dev.verbatim.model.RulesActivation;
import java.util.Optional;

/**
 * Decides whether the sink stores a transcript record, from the activation the record was made
 * under and the active one. Versions are ordered by their activation's epoch: a record of an older
 * activation is skipped (the newer rules' cleaner reprocesses every page, so nothing is lost), a
 * record of the active one is stored, and a record of a newer one means the sink must learn the
 * newer activation before it goes on: it is never skipped.
 *
 * <p>Stateless and thread-safe.
 */
public final class RulesGate {

    /** What to do with one record. */
    public enum Decision {
        /** Made under the active rules: store it. */
        STORE,
        /** Made under older rules, or by a cleaner of another build: skip it. */
        SKIP,
        /** Made under rules activated after the ones this sink knows: refresh the active rules first. */
        NEWER_RULES
    }

    private RulesGate() {
    }

    /**
     * @param epoch   the record's {@code rules-epoch} header, if it has one (records written before
     *                epochs existed have none and are judged by version alone)
     * @param version the record's {@code rules-version} header, if it has one (none: stored)
     * @param active  the activation the sink follows
     */
    public static Decision decide(Optional<Long> epoch, Optional<String> version, RulesActivation active) {
        if (epoch.isPresent()) {
            if (epoch.get() > active.epoch()) {
                return Decision.NEWER_RULES;
            }
            if (epoch.get() < active.epoch()) {
                return Decision.SKIP;
            }
        }
        return version.map(v -> v.equals(active.rulesVersion())).orElse(true) ? Decision.STORE : Decision.SKIP;
    }
}
