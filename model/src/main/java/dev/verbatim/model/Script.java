package dev.verbatim.model;

import java.util.Objects;

/** The script the page was detected in and the script the transcript is written in. */
public record Script(ScriptState detected, ScriptState output) {

    public static final Script NONE = new Script(ScriptState.NONE, ScriptState.NONE);

    public Script {
        Objects.requireNonNull(detected, "detected");
        Objects.requireNonNull(output, "output");
        if (output == ScriptState.MIXED) {
            throw new IllegalArgumentException("output script cannot be mixed");
        }
    }
}
