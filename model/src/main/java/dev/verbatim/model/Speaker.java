package dev.verbatim.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A distinct speaker: the short {@code label} used on its turns, and, when the page tells, the
 * full name, the Latin-script name and the role.
 */
public record Speaker(String label, Optional<String> name, Optional<String> latinName, Role role) {

    public Speaker {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(latinName, "latinName");
        Objects.requireNonNull(role, "role");
    }

    public static Speaker labelled(String label) {
        return new Speaker(label, Optional.empty(), Optional.empty(), Role.UNKNOWN);
    }
}
