package dev.verbatim.clean.steps;

import dev.verbatim.model.Rejection;
import java.util.Objects;

/** What a step that may reject its input returns: a value, or the rejection. */
public sealed interface StepOutcome<T> permits StepOutcome.Ok, StepOutcome.Fail {

    record Ok<T>(T value) implements StepOutcome<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
        }
    }

    record Fail<T>(Rejection rejection) implements StepOutcome<T> {
        public Fail {
            Objects.requireNonNull(rejection, "rejection");
        }
    }
}
