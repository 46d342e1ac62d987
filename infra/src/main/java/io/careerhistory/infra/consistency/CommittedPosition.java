package io.careerhistory.infra.consistency;

import org.springframework.stereotype.Component;

import java.util.OptionalLong;
import java.util.function.LongConsumer;

/**
 * The store position of what the request being handled on this thread committed: the event store reports every commit
 * on the thread that appends it, which for a command sent from a request is the request's own thread (the command bus
 * handles it there). {@link #clear} at the start of a request, so nothing of an earlier one on the same thread shows.
 */
@Component
public class CommittedPosition implements LongConsumer {

    private final ThreadLocal<Long> last = new ThreadLocal<>();

    @Override
    public void accept(long lastGlobalIndex) {
        Long before = last.get();
        last.set(before == null ? lastGlobalIndex : Math.max(before, lastGlobalIndex));
    }

    public OptionalLong current() {
        Long position = last.get();
        return position == null ? OptionalLong.empty() : OptionalLong.of(position);
    }

    public void clear() {
        last.remove();
    }
}
