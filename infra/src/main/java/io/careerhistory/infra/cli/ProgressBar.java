package io.careerhistory.infra.cli;

import java.io.PrintStream;

/** A one-line progress bar redrawn in place: {@code [#########...........]  45.0%  12,345 events  5,432/s  ETA 3s}. */
public final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String label;
    private final String unit;

    public ProgressBar(PrintStream out, String label) {
        this(out, label, "events");
    }

    /** @param unit what is counted, e.g. "events" or "commands" */
    public ProgressBar(PrintStream out, String label, String unit) {
        this.out = out;
        this.label = label;
        this.unit = unit;
    }

    public void show(double percent, long events, double perSecond, Long etaSeconds) {
        out.print('\r' + render(label, percent, events, unit, perSecond, etaSeconds));
        out.flush();
    }

    public void finish(String message) {
        out.println();
        out.println(message);
    }

    static String render(String label, double percent, long events, String unit, double perSecond, Long etaSeconds) {
        double bounded = Math.max(0, Math.min(100, percent));
        int filled = (int) Math.round(bounded / 100 * WIDTH);
        return String.format("%s [%s%s] %5.1f%%  %,d %s  %,.0f/s%s", label, "#".repeat(filled),
                             ".".repeat(WIDTH - filled), bounded, events, unit, perSecond,
                             etaSeconds == null ? "" : "  ETA " + etaSeconds + "s");
    }
}
