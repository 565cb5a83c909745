package dev.verbatim.clean.kafka;

/**
 * The largest records the cleaner may write (key, value and headers, uncompressed), as the topics
 * take them ({@code max.message.bytes}). A record over a limit would fail its transaction on every
 * restart (a poison pill), so the cleaner never sends one: a transcript over its limit becomes a
 * {@code sink/too-large} rejection, and a rejection over its limit keeps the first bytes of the page
 * (the header {@code error.original-bytes} gives the whole length).
 *
 * @param transcript largest transcript record
 * @param rejected   largest rejected-page record
 */
public record RecordLimits(int transcript, int rejected) {

    /** No limits: for tests and tools that write nowhere a limit applies. */
    public static final RecordLimits NONE = new RecordLimits(Integer.MAX_VALUE, Integer.MAX_VALUE);

    public RecordLimits {
        if (transcript < 1 || rejected < 1) {
            throw new IllegalArgumentException("record limits must be positive, were " + transcript + " and " + rejected);
        }
    }
}
