package io.careerhistory.infra.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * The median, and in brackets the slowest and the fastest of several runs that finished, so that a reader sees how
     * far one run of the phase can be from another on this machine.
     */
    static String summary(List<Measurement> runs) {
        Measurement median = median(runs);
        double[] finished = runs.stream().filter(Measurement::finished).mapToDouble(Measurement::perSecond).toArray();
        if (!median.finished() || finished.length < 2) {
            return median.describe();
        }
        return String.format("%s (%s)", median.describe(), range(finished, "%,.0f"));
    }

    /** "lowest–highest" of {@code values}, each written with {@code format}. */
    static String range(double[] values, String format) {
        double low = Arrays.stream(values).min().orElseThrow();
        double high = Arrays.stream(values).max().orElseThrow();
        return String.format(format, low) + "–" + String.format(format, high);
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
