package io.careerhistory.infra.mongo;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Makes writes durable before they are answered, sharing commits, and commits only between writes.
 * <ul>
 *   <li>Writes run in parallel with each other, never with a commit: a commit sees each write whole or not at all.</li>
 *   <li>A write returns once a commit that started after it finished has completed. If another writer's commit
 *   already covers it, it returns without committing again, so concurrent writers share one commit.</li>
 *   <li>A write that fails is not committed for its own sake (nothing was acknowledged); the next commit takes
 *   whatever it changed.</li>
 * </ul>
 */
final class GroupCommit {

    private final Runnable commit;
    /** Shared by writes, exclusive for a commit. Not fair, yet a waiting commit holds off new writes. */
    private final ReentrantReadWriteLock writing = new ReentrantReadWriteLock();
    private final AtomicLong writesDone = new AtomicLong();
    private final Object committer = new Object();
    private long writesCommitted; // guarded by committer

    GroupCommit(Runnable commit) {
        this.commit = commit;
    }

    <T> T write(Supplier<T> write) {
        T result;
        long done;
        writing.readLock().lock();
        try {
            result = write.get();
            done = writesDone.incrementAndGet(); // counted before the lock is let go, so a commit never misses it
        } finally {
            writing.readLock().unlock();
        }
        commitUpTo(done);
        return result;
    }

    private void commitUpTo(long write) {
        synchronized (committer) {
            if (writesCommitted >= write) {
                return; // a commit made after our write already covers it
            }
            betweenWrites(() -> {
                long covered = writesDone.get(); // no write is running, so every counted write is whole
                commit.run();
                writesCommitted = covered;
            });
        }
    }

    /**
     * Runs the action once no write is half done, holding off new writes until it returns: for what persists the
     * store besides a commit, such as closing it.
     */
    void betweenWrites(Runnable action) {
        writing.writeLock().lock();
        try {
            action.run();
        } finally {
            writing.writeLock().unlock();
        }
    }
}
