package dev.verbatim.sink;

import dev.verbatim.model.RulesActivation;

/**
 * Where the sink learns which rules are active in the cluster. Implementations follow the
 * cluster's rules log; the activation they report never goes back to an older epoch.
 *
 * <p>Implementations are thread-safe.
 */
public interface ActiveRulesSource {

    /** The newest activation known now, without asking the cluster; cheap. */
    RulesActivation current();

    /**
     * Reads the cluster's rules log to its end and returns the newest activation; blocks for a
     * round trip. Every activation published before the call is seen.
     */
    RulesActivation refresh();
}
