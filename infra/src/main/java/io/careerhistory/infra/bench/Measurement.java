package io.careerhistory.infra.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Events per second for one run, or the fact that it did not finish within its time limit. */
record Measurement(long events, Duration took, boolean finished) {

    static Measurement of(long events, long nanos) {
        return new Measurement(events, Duration.ofNanos(nanos), true);
    }

    static Measurement timedOut(long events, Duration limit) {
        return new Measurement(events, limit, false);
    }

    /** The middle of several runs of one phase by speed; a run that did not finish counts as the slowest. */
    static Measurement median(List<Measurement> runs) {
        List<Measurement> bySpeed = new ArrayList<>(runs);
        bySpeed.sort(Comparator.comparingDouble((Measurement m) -> m.finished ? m.perSecond() : -1));
        return bySpeed.get(bySpeed.size() / 2);
    }

    double perSecond() {
        return events / (took.toNanos() / 1e9);
    }

    String describe() {
        if (finished) {
            return String.format("%,.0f", perSecond());
        }
        String limit = took.toSeconds() % 60 == 0 ? took.toMinutes() + " min" : took.toSeconds() + " s";
        return String.format("did not finish in %s (%,d events)", limit, events);
    }
}
