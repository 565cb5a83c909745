package dev.verbatim.ingest.crawl;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.brotli.dec.BrotliInputStream;

/**
 * Undoes a {@code Content-Encoding} (gzip, deflate, br, or a list of them) with a hard limit on the
 * decoded size, so a small bomb never inflates into memory.
 *
 * <p>Stateless and thread-safe.
 */
final class ContentDecoder {

    /** The decoded bytes; {@code exceeded} when decoding stopped at the limit. */
    record Decoded(byte[] bytes, boolean exceeded) {
    }

    private ContentDecoder() {
    }

    /**
     * @param partial whether {@code body} was cut short, so an early end of the stream is expected
     * @throws IOException for an unknown encoding or a corrupt stream
     */
    static Decoded decode(byte[] body, String contentEncoding, int limit, boolean partial) throws IOException {
        String[] codings = contentEncoding.toLowerCase(Locale.ROOT).split(",");
        Decoded current = new Decoded(body, false);
        for (int i = codings.length - 1; i >= 0; i--) {
            String coding = codings[i].strip();
            if (coding.isEmpty() || coding.equals("identity")) {
                continue;
            }
            current = inflate(open(coding, current.bytes()), limit, partial);
            if (current.exceeded()) {
                return current;
            }
        }
        return current;
    }

    private static InputStream open(String coding, byte[] bytes) throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        switch (coding) {
            case "gzip", "x-gzip":
                return new GZIPInputStream(in);
            case "deflate":
                // RFC 9110 says zlib-wrapped; some servers send raw deflate.
                boolean zlib = bytes.length > 1 && (bytes[0] & 0x0f) == 8 && ((bytes[0] & 0xff) << 8 | (bytes[1] & 0xff)) % 31 == 0;
                return new InflaterInputStream(in, new Inflater(!zlib));
            case "br":
                return new BrotliInputStream(in);
            default:
                throw new IOException("unsupported content encoding '" + coding + "'");
        }
    }

    private static Decoded inflate(InputStream in, int limit, boolean partial) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16 * 1024];
        try (in) {
            int n;
            while ((n = in.read(buf)) > 0) {
                if (out.size() + n > limit) {
                    out.write(buf, 0, limit - out.size());
                    return new Decoded(out.toByteArray(), true);
                }
                out.write(buf, 0, n);
            }
        } catch (EOFException e) {
            if (!partial) {
                throw e;
            }
        }
        return new Decoded(out.toByteArray(), false);
    }
}
