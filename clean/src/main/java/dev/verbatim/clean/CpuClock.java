package dev.verbatim.clean;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.LongSupplier;

/** The clock a page's CPU-time budget is read on. */
final class CpuClock {

    private CpuClock() {
    }

    /**
     * The CPU time of the calling thread in nanoseconds, so that a page's budget is not used up by
     * other threads on a busy machine; the monotonic wall clock where the JVM cannot tell CPU time.
     */
    static LongSupplier currentThread() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!threads.isCurrentThreadCpuTimeSupported()) {
            return System::nanoTime;
        }
        if (!threads.isThreadCpuTimeEnabled()) {
            threads.setThreadCpuTimeEnabled(true);
        }
        return threads::getCurrentThreadCpuTime;
    }
}
