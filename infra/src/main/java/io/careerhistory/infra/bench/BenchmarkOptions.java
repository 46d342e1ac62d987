package io.careerhistory.infra.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bench [--sizes=10000,200000] [--stock-timeout=600] [--backend=memory|file] [--no-stock] [--rounds=3]
 * [--warm-up=6]}.
 * {@code rounds}: each timed phase runs that many times and the median is reported, against the noise of a shared JVM;
 * the short ones, our replay and the ceiling reads, run three times a round (a replay that does not finish in time is
 * not repeated). {@code warm-up}: rounds of untimed appends and replays with both engines first, 0 to skip them.
 */
record BenchmarkOptions(List<Integer> sizes, Duration stockTimeout, boolean fileBackend, boolean includeStock, int rounds,
                        int warmUpRounds) {

    static BenchmarkOptions parse(String[] args) {
        List<Integer> sizes = List.of(10_000, 200_000);
        Duration stockTimeout = Duration.ofMinutes(10);
        boolean file = false;
        boolean stock = true;
        int rounds = 3;
        int warmUpRounds = 6;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--sizes=")) {
                List<Integer> parsed = new ArrayList<>();
                for (String size : arg.substring("--sizes=".length()).split(",")) {
                    parsed.add(positive(size, "--sizes"));
                }
                sizes = parsed;
            } else if (arg.startsWith("--stock-timeout=")) {
                stockTimeout = Duration.ofSeconds(positive(arg.substring("--stock-timeout=".length()), "--stock-timeout"));
            } else if (arg.equals("--backend=file")) {
                file = true;
            } else if (arg.equals("--backend=memory")) {
                file = false;
            } else if (arg.equals("--no-stock")) {
                stock = false;
            } else if (arg.startsWith("--rounds=")) {
                rounds = positive(arg.substring("--rounds=".length()), "--rounds");
            } else if (arg.startsWith("--warm-up=")) {
                warmUpRounds = zeroOrMore(arg.substring("--warm-up=".length()), "--warm-up");
            } else {
                throw new IllegalArgumentException("unknown option " + arg
                        + "; use --sizes=10000,200000 --stock-timeout=SECONDS --backend=memory|file --no-stock --rounds=N"
                        + " --warm-up=N");
            }
        }
        return new BenchmarkOptions(sizes, stockTimeout, file, stock, rounds, warmUpRounds);
    }

    static int positive(String value, String option) {
        int parsed = number(value, option, "positive whole numbers");
        if (parsed > 0) {
            return parsed;
        }
        throw new IllegalArgumentException(option + " takes positive whole numbers, not '" + value + "'");
    }

    private static int zeroOrMore(String value, String option) {
        int parsed = number(value, option, "a whole number, 0 or more");
        if (parsed >= 0) {
            return parsed;
        }
        throw new IllegalArgumentException(option + " takes a whole number, 0 or more, not '" + value + "'");
    }

    private static int number(String value, String option, String allowed) {
        try {
            return Integer.parseInt(value.strip().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes " + allowed + ", not '" + value + "'");
        }
    }
}
