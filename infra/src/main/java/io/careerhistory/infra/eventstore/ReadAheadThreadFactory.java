package io.careerhistory.infra.eventstore;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads that fetch the next batch of commits while a reader handles the current one. Daemon threads: a read ahead
 * that nobody will take must not keep the process alive, and an idle thread ends after a minute (a cached pool).
 */
final class ReadAheadThreadFactory implements ThreadFactory {

    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new Thread(task, "event-store-read-ahead-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }
}
