package dev.verbatim.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The stable id of a transcript: the first 16 hex digits of the SHA-256 of the page's key. Pages
 * enter the pipeline keyed by their URL normalized by the ingest stage's one normalizer
 * ({@code dev.verbatim.ingest.UrlNormalizer}: crawler-commons' {@code BasicURLNormalizer} and the
 * tracking parameters dropped), on which {@link #normalize} changes nothing; it only lower-cases
 * scheme and host and drops the default port and the fragment of a key written by another
 * producer, so that such a key still gives the id of its article.
 */
public final class TranscriptId {

    /**
     * An unused SHA-256 digest that each id clones: {@code MessageDigest.getInstance} looks the provider
     * up on every call, a clone copies a few words. Never updated, so cloning it from any thread is safe.
     */
    private static final MessageDigest SHA_256 = sha256();

    private TranscriptId() {
    }

    public static String of(String url) {
        byte[] digest = freshSha256().digest(normalize(url).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 8);
    }

    private static MessageDigest freshSha256() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            return sha256(); // a provider whose digests cannot be cloned: look it up each time
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The URL with scheme and host lower-cased, default port and fragment dropped; unparsable URLs stay as given. */
    public static String normalize(String url) {
        String trimmed = url.strip();
        try {
            URI u = new URI(trimmed);
            if (u.getScheme() == null || u.isOpaque()) {
                return trimmed;
            }
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            String host = u.getHost() == null ? null : u.getHost().toLowerCase(Locale.ROOT);
            int port = u.getPort();
            if ((port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"))) {
                port = -1;
            }
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? (host == null ? "" : "/") : u.getRawPath();
            StringBuilder sb = new StringBuilder(scheme).append(':');
            if (host != null) {
                sb.append("//");
                if (u.getRawUserInfo() != null) {
                    sb.append(u.getRawUserInfo()).append('@');
                }
                sb.append(host);
                if (port != -1) {
                    sb.append(':').append(port);
                }
            } else if (u.getRawAuthority() != null) {
                sb.append("//").append(u.getRawAuthority());
            }
            sb.append(path);
            if (u.getRawQuery() != null) {
                sb.append('?').append(u.getRawQuery());
            }
            return sb.toString();
        } catch (URISyntaxException e) {
            return trimmed;
        }
    }
}
