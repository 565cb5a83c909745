package dev.verbatim.clean.steps;

import dev.verbatim.model.RawPage;
import dev.verbatim.model.Reason;
import dev.verbatim.model.Rejection;
import dev.verbatim.model.Stage;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Bytes and headers to text. STUB: UTF-8 only; the real decoder replaces this.
 *
 * <p>Thread-safe and stateless.
 */
public final class PageDecoder {

    public StepOutcome<Decoded> decode(RawPage page) {
        byte[] body = page.body();
        if (body.length == 0) {
            return new StepOutcome.Fail<>(new Rejection(Stage.DECODE, Reason.EMPTY_BODY, "the page has no bytes"));
        }
        PageFormat format = page.contentType().toLowerCase(Locale.ROOT).startsWith("text/plain")
                ? PageFormat.TEXT : PageFormat.HTML;
        return new StepOutcome.Ok<>(new Decoded(new String(body, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                format, "default"));
    }
}
