package io.careerhistory.infra.eventstore;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

import static org.assertj.core.api.Assertions.assertThat;

class CommitReadAheadTest {

    private static final int BATCH = 8;
    private static final Executor AT_ONCE = Runnable::run; // fetches ahead complete before the next step

    private final List<Long> fetched = new CopyOnWriteArrayList<>();

    private List<StoredCommit> fetch(long from) {
        fetched.add(from);
        return List.of(new StoredCommit(from, 0, "2026-11-26T00:00:00Z", null, null, null, List.of(), List.of(), null, null));
    }

    @Test
    void hasTheNextBatchesOnTheirWayAndHandsThemOutWithoutReadingThemAgain() {
        CommitReadAhead ahead = new CommitReadAhead(this::fetch, BATCH, AT_ONCE, 2);

        ahead.aheadOf(9);
        assertThat(fetched).containsExactly(9L, 17L);
        assertThat(ahead.batchFrom(9).get(0).position()).isEqualTo(9);
        ahead.aheadOf(17);

        assertThat(fetched).as("17 was already on its way; only 25 is new").containsExactly(9L, 17L, 25L);
        assertThat(ahead.batchFrom(17).get(0).position()).isEqualTo(17);
        assertThat(fetched).hasSize(3);
    }

    @Test
    void readsNowWhenAskedForABatchThatWasNotReadAhead() {
        CommitReadAhead ahead = new CommitReadAhead(this::fetch, BATCH, AT_ONCE, 2);
        ahead.aheadOf(9);

        assertThat(ahead.batchFrom(12).get(0).position()).isEqualTo(12);
        assertThat(ahead.batchFrom(17).get(0).position()).as("dropped with the rest").isEqualTo(17);
        assertThat(fetched).containsExactly(9L, 17L, 12L, 17L);
    }

    @Test
    void dropsWhatWasReadAheadAtAHoleOrTheHead() {
        CommitReadAhead ahead = new CommitReadAhead(this::fetch, BATCH, AT_ONCE, 2);
        ahead.aheadOf(9);

        ahead.clear();
        ahead.batchFrom(9);

        assertThat(fetched).containsExactly(9L, 17L, 9L);
    }

    @Test
    void readsAgainWhenAReadAheadFailedSoThatOnlyAPersistingFailureReachesTheReader() {
        List<Long> failedOnce = new CopyOnWriteArrayList<>();
        CommitReadAhead ahead = new CommitReadAhead(from -> {
            if (failedOnce.isEmpty()) {
                failedOnce.add(from);
                throw new IllegalStateException("connection reset");
            }
            return fetch(from);
        }, BATCH, AT_ONCE, 1);
        ahead.aheadOf(1);

        assertThat(ahead.batchFrom(1).get(0).position()).isEqualTo(1);
        assertThat(failedOnce).containsExactly(1L);
        assertThat(fetched).containsExactly(1L);
    }

    @Test
    void withNoDepthReadsOnlyWhenAsked() {
        CommitReadAhead ahead = new CommitReadAhead(this::fetch, BATCH, AT_ONCE, 0);

        ahead.aheadOf(1);
        assertThat(fetched).isEmpty();
        ahead.batchFrom(1);

        assertThat(fetched).containsExactly(1L);
    }
}
