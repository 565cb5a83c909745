package dev.verbatim.clean;

import dev.verbatim.model.Rejection;
import dev.verbatim.model.Transcript;
import java.util.Objects;

/** The outcome of cleaning one page: a transcript, or the reason there is none. */
public sealed interface CleanResult permits CleanResult.Cleaned, CleanResult.Rejected {

    /** The page became a transcript. */
    record Cleaned(Transcript transcript) implements CleanResult {
        public Cleaned {
            Objects.requireNonNull(transcript, "transcript");
        }
    }

    /** The page could not be cleaned; expected bad input, not a bug. */
    record Rejected(Rejection rejection) implements CleanResult {
        public Rejected {
            Objects.requireNonNull(rejection, "rejection");
        }
    }
}
