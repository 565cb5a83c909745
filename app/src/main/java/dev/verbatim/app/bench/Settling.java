package dev.verbatim.app.bench;

/**
 * Tells when a warm-up may stop: once two passes in a row ran at rates within 5 % of the pass
 * before them, the JIT has settled for what the passes exercise.
 *
 * <p>Not thread-safe; one instance per warm-up.
 */
final class Settling {

    private static final double TOLERANCE = 0.05;
    private static final int STABLE_PASSES = 2;

    private double previous;
    private int stable;

    /** Records the rate of one pass. */
    void pass(double rate) {
        stable = previous > 0 && Math.abs(rate - previous) < TOLERANCE * rate ? stable + 1 : 0;
        previous = rate;
    }

    boolean settled() {
        return stable >= STABLE_PASSES;
    }
}
