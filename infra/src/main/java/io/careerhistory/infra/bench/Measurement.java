package io.careerhistory.infra.bench;

import java.time.Duration;

/** Events per second for one run, or the fact that it did not finish within its time limit. */
record Measurement(long events, Duration took, boolean finished) {

    static Measurement of(long events, long nanos) {
        return new Measurement(events, Duration.ofNanos(nanos), true);
    }

    static Measurement timedOut(long events, Duration limit) {
        return new Measurement(events, limit, false);
    }

    double perSecond() {
        return events / (took.toNanos() / 1e9);
    }

    String describe() {
        return finished ? String.format("%,.0f", perSecond())
                        : String.format("did not finish in %d min (%,d events)", took.toMinutes(), events);
    }
}
