package io.careerhistory.infra.bench;

/** Placeholder entry point, replaced by the event store benchmark. */
public final class BenchmarkCommand {
    private BenchmarkCommand() {
    }

    public static int run(String[] args) {
        System.err.println("bench: not built yet");
        return 2;
    }
}
