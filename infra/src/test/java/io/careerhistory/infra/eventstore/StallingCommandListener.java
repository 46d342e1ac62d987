package io.careerhistory.infra.eventstore;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Holds back the n-th insert into one collection before it reaches the server, as a writer that stalls in the middle
 * of its commit would: its events are created and timestamped, but not yet stored.
 */
final class StallingCommandListener implements CommandListener {

    private final String collection;
    private final int stallAtInsert;
    private final Duration stall;
    private final AtomicInteger inserts = new AtomicInteger();

    StallingCommandListener(String collection, int stallAtInsert, Duration stall) {
        this.collection = collection;
        this.stallAtInsert = stallAtInsert;
        this.stall = stall;
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if (event.getCommandName().equals("insert")
                && collection.equals(event.getCommand().getString("insert").getValue())
                && inserts.incrementAndGet() == stallAtInsert) {
            try {
                Thread.sleep(stall.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
