package dev.verbatim.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the CPU of this process goes during a phase, by part of the pipeline: the cleaning
 * (Kafka Streams threads), the sink, the ingest side (pushing and compressing pages), the embedded
 * broker and other Kafka threads, the JIT compilers and the garbage collector. Java threads are
 * read by their full names through JMX; the JVM's own compiler and GC threads, which JMX does not
 * list, from Linux's {@code /proc/self/task} (elsewhere they fall under "other").
 *
 * <p>Not thread-safe; one instance measures one phase.
 */
final class ThreadCpu {

    /** Clock ticks per second of {@code /proc/.../stat} times ({@code getconf CLK_TCK}, 100 on Linux). */
    private static final long TICKS_PER_SECOND = 100;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> javaStart;
    private final Map<String, Long> jvmStart;
    private final long processStart;
    private final long wallStart = System.nanoTime();

    private ThreadCpu() {
        javaStart = javaThreads();
        jvmStart = jvmThreads();
        processStart = processCpuNanos();
    }

    /** Starts measuring now. */
    static ThreadCpu start() {
        return new ThreadCpu();
    }

    /** Each part's CPU since the start, in percent of all cores over the wall time, in a fixed order. */
    Map<String, Double> sharesOfCores() {
        double capacity = (System.nanoTime() - wallStart) * (double) Runtime.getRuntime().availableProcessors();
        Map<String, Long> nanos = new LinkedHashMap<>();
        for (String part : new String[] {"cleaning (Streams)", "sink", "ingest (push)",
            "broker, Kafka threads", "JIT compilers", "garbage collector", "other"}) {
            nanos.put(part, 0L);
        }
        Map<Long, Long> javaNow = javaThreads();
        long attributed = 0;
        for (ThreadInfo info : threads.getThreadInfo(javaNow.keySet().stream().mapToLong(Long::longValue).toArray())) {
            if (info == null) {
                continue;
            }
            long used = javaNow.get(info.getThreadId()) - javaStart.getOrDefault(info.getThreadId(), 0L);
            nanos.merge(partOf(info.getThreadName()), used, Long::sum);
            attributed += used;
        }
        Map<String, Long> jvmNow = jvmThreads();
        for (Map.Entry<String, Long> e : jvmNow.entrySet()) {
            long used = e.getValue() - jvmStart.getOrDefault(e.getKey(), 0L);
            nanos.merge(e.getKey(), used, Long::sum);
            attributed += used;
        }
        nanos.merge("other", Math.max(0, processCpuNanos() - processStart - attributed), Long::sum);
        Map<String, Double> shares = new LinkedHashMap<>();
        nanos.forEach((part, n) -> shares.put(part, 100 * n / capacity));
        return shares;
    }

    /** The pipeline part a Java thread works for, by its name. */
    static String partOf(String threadName) {
        if (threadName.contains("StreamThread")) {
            return "cleaning (Streams)";
        }
        if (threadName.contains("verbatim-sink")) {
            return "sink";
        }
        if (threadName.equals("main") || threadName.contains("verbatim-ingest")) {
            return "ingest (push)";
        }
        return "broker, Kafka threads";
    }

    private Map<Long, Long> javaThreads() {
        Map<Long, Long> out = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            long cpu = threads.getThreadCpuTime(id);
            if (cpu >= 0) {
                out.put(id, cpu);
            }
        }
        return out;
    }

    /** CPU of the JIT compiler and GC threads, by part; empty where {@code /proc} is missing. */
    private static Map<String, Long> jvmThreads() {
        Map<String, Long> out = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> {
                try {
                    String comm = Files.readString(task.resolve("comm"), StandardCharsets.US_ASCII).strip();
                    String part = comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler") ? "JIT compilers"
                            : comm.startsWith("G1 ") || comm.startsWith("GC Thread") || comm.startsWith("VM Thread")
                            ? "garbage collector" : null;
                    if (part != null) {
                        out.merge(part, ticks(Files.readString(task.resolve("stat"), StandardCharsets.US_ASCII)), Long::sum);
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended between the listing and the read
                }
            });
        } catch (IOException e) {
            return Map.of();
        }
        return out;
    }

    /** User plus system time of one {@code /proc/.../stat} line, in nanoseconds. */
    static long ticks(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // after "pid (comm) ": state is field 0, utime field 11, stime field 12
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        return ticks * (1_000_000_000L / TICKS_PER_SECOND);
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }
}
