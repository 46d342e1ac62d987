package io.careerhistory.infra;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for an eventually consistent view: polls until the condition holds, then returns the value it saw. */
public final class Eventually {

    private Eventually() {
    }

    public static <T> T await(Supplier<T> probe, java.util.function.Predicate<T> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T value = probe.get();
        while (!condition.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Condition not met within " + timeout + "; last value: " + value);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
            value = probe.get();
        }
        return value;
    }
}
