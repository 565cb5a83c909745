package dev.verbatim.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThreadCpuTest {

    @Test
    void threadsAreGroupedByThePartTheyWorkFor() {
        assertThat(ThreadCpu.partOf("bench-x-clean-1a2b-3c4d-StreamThread-1")).isEqualTo("cleaning (Streams)");
        assertThat(ThreadCpu.partOf("kafka-producer-network-thread | app-StreamThread-2-producer"))
                .isEqualTo("cleaning (Streams)");
        assertThat(ThreadCpu.partOf("verbatim-sink")).isEqualTo("sink");
        assertThat(ThreadCpu.partOf("main")).isEqualTo("ingest (push)");
        assertThat(ThreadCpu.partOf("kafka-producer-network-thread | verbatim-ingest")).isEqualTo("ingest (push)");
        assertThat(ThreadCpu.partOf("data-plane-kafka-request-handler-3")).isEqualTo("broker, Kafka threads");
    }

    @Test
    void procStatTimesAreUserPlusSystemTicks() {
        // pid (comm with ") " inside) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime
        String stat = "4242 (C2 Compiler) x) S 1 1 1 0 -1 4194368 10 0 0 0 250 50 0 0 20 0 1 0";

        assertThat(ThreadCpu.ticks(stat)).isEqualTo(300 * 10_000_000L);
    }

    @Test
    void sharesCoverEveryPartAndNeverGoNegative() {
        ThreadCpu cpu = ThreadCpu.start();
        long spin = 0;
        for (int i = 0; i < 2_000_000; i++) {
            spin += Integer.toString(i).hashCode();
        }

        assertThat(spin).isNotZero();
        assertThat(cpu.sharesOfCores()).containsOnlyKeys("cleaning (Streams)", "sink", "ingest (push)",
                "broker, Kafka threads", "JIT compilers", "garbage collector", "other")
                .allSatisfy((part, share) -> assertThat(share).isGreaterThanOrEqualTo(0));
    }
}
