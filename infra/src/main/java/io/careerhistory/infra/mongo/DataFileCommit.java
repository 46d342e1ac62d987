package io.careerhistory.infra.mongo;

import java.util.function.BooleanSupplier;

/**
 * Commits the data file and, every {@value #COMMITS_BETWEEN_COMPACTIONS} commits, rewrites the live pages left in its
 * sparse chunks, so that those chunks fall dead and their space is written again.
 *
 * <p>Every commit writes a new chunk, and a chunk dies only once none of its pages is live. H2 rewrites sparse chunks
 * in a background thread that runs only with auto-commit, which this store has off. Without it, and with H2's 45 s
 * retention ({@link DurableH2Backend}), loading the demo data grew the file to 823 MB for 18.6 MB of live data. Like
 * every commit, this runs only between writes ({@link GroupCommit}).
 */
final class DataFileCommit implements Runnable {

    static final int COMMITS_BETWEEN_COMPACTIONS = 32;
    /** Chunks below this share of live pages (percent) are rewritten. */
    static final int TARGET_FILL_RATE = 70;
    /** At least this much is rewritten in one go: small enough not to hold writers up for long. */
    static final int REWRITE_BYTES = 1 << 20;

    private final Runnable commit;
    private final BooleanSupplier compact;
    private long commits;

    DataFileCommit(Runnable commit, BooleanSupplier compact) {
        this.commit = commit;
        this.compact = compact;
    }

    @Override
    public void run() {
        commit.run();
        if (++commits % COMMITS_BETWEEN_COMPACTIONS == 0 && compact.getAsBoolean()) {
            commit.run(); // the rewritten pages, so that the chunks they left fall dead
        }
    }
}
