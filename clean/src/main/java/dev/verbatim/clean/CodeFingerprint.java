package dev.verbatim.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The fingerprint of the cleaner's own code, written by the build (see {@code clean/pom.xml}): a
 * SHA-256 over this module's and the model's main sources and resources and the POMs that pin their
 * libraries. Any change that could change a transcript changes it, so it is part of every
 * {@code rules_version}: an upgrade of Verbatim is a new version, and a replay after it reprocesses.
 */
final class CodeFingerprint {

    /** Where the build writes the fingerprint, on the classpath. */
    static final String RESOURCE = "code-fingerprint.txt";

    private CodeFingerprint() {}

    /**
     * The fingerprint, 64 hex digits; throws {@link IllegalStateException} when the build did not write
     * it (a class path assembled without Maven's generate-resources phase).
     */
    static String read() {
        try (InputStream in = CodeFingerprint.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the cleaner's code fingerprint (" + RESOURCE
                        + ") is missing from the class path: build with Maven");
            }
            String sha = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
            if (!sha.matches("[0-9a-f]{64}")) {
                throw new IllegalStateException("the cleaner's code fingerprint is malformed: " + sha);
            }
            return sha;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
