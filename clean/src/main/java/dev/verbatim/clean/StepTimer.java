package dev.verbatim.clean;

/**
 * Hears how long each step of one {@link PageCleaner#clean(dev.verbatim.model.RawPage, StepTimer)}
 * call took: {@code decode}, {@code parse}, {@code extract}, {@code filter}, {@code script},
 * {@code metadata}, {@code segment}. For benchmarks and profiling; the cleaner itself never looks
 * at the figures.
 */
@FunctionalInterface
public interface StepTimer {

    /** Ignores every figure. */
    StepTimer NONE = (step, nanos) -> { };

    void record(String step, long nanos);
}
