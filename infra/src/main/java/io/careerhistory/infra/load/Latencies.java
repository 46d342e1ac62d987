package io.careerhistory.infra.load;

import java.util.Arrays;

/** The latencies of one kind of request, and how many failed; safe to record into from many threads. */
final class Latencies {

    private long[] nanos = new long[1024];
    private int count;
    private int failed;

    synchronized void record(long latencyNanos, boolean ok) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = latencyNanos;
        failed += ok ? 0 : 1;
    }

    synchronized int count() {
        return count;
    }

    synchronized int failed() {
        return failed;
    }

    /** The latency below which {@code percent} of the requests finished, in milliseconds (nearest rank). */
    synchronized double percentileMillis(double percent) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * count);
        return sorted[Math.max(rank, 1) - 1] / 1e6;
    }
}
