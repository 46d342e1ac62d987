package io.careerhistory.infra.mongo;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupCommitTest {

    private final AtomicInteger commits = new AtomicInteger();
    private final GroupCommit group = new GroupCommit(commits::incrementAndGet);

    @Test
    void aWriteReturnsOnlyAfterACommitThatCoversIt() {
        List<Integer> commitsSeenInsideTheWrite = new ArrayList<>();

        String answer = group.write(() -> {
            commitsSeenInsideTheWrite.add(commits.get());
            return "done";
        });

        assertThat(answer).isEqualTo("done");
        assertThat(commitsSeenInsideTheWrite).containsExactly(0);
        assertThat(commits).hasValue(1);
    }

    @Test
    void noCommitRunsWhileAWriteIsHalfDone() throws Exception {
        CountDownLatch finishSlowWrite = new CountDownLatch(1);
        CompletableFuture<String> slow = halfDoneWrite("slow", finishSlowWrite);

        AtomicInteger quickWritesDone = new AtomicInteger();
        CompletableFuture<String> quick = CompletableFuture.supplyAsync(() -> group.write(() -> {
            quickWritesDone.incrementAndGet();
            return "quick";
        }));
        while (quickWritesDone.get() == 0) {
            Thread.sleep(1);
        }
        Thread.sleep(200);

        assertThat(commits).as("the quick write's commit waits for the slow write to be whole").hasValue(0);
        assertThat(quick).as("and so does its answer").isNotDone();

        finishSlowWrite.countDown();
        assertThat(quick.get(10, TimeUnit.SECONDS)).isEqualTo("quick");
        assertThat(slow.get(10, TimeUnit.SECONDS)).isEqualTo("slow");
        assertThat(commits.get()).isBetween(1, 2);
    }

    @Test
    void whatRunsBetweenWritesWaitsForAHalfDoneWrite() throws Exception {
        CountDownLatch finishWrite = new CountDownLatch(1);
        CompletableFuture<String> write = halfDoneWrite("written", finishWrite);

        AtomicInteger closed = new AtomicInteger();
        CompletableFuture<Void> close = CompletableFuture.runAsync(() -> group.betweenWrites(closed::incrementAndGet));
        Thread.sleep(200);
        assertThat(closed).as("closing waits for the write to be whole").hasValue(0);

        finishWrite.countDown();
        close.get(10, TimeUnit.SECONDS);
        assertThat(closed).hasValue(1);
        assertThat(write.get(10, TimeUnit.SECONDS)).isEqualTo("written");
    }

    @Test
    void concurrentWritersShareCommits() throws Exception {
        GroupCommit slowCommits = new GroupCommit(() -> {
            commits.incrementAndGet();
            sleep(2); // a commit takes a while: writes that finish meanwhile wait for the next one, together
        });
        int writers = 8;
        int writesEach = 50;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            running.add(pool.submit(() -> {
                for (int i = 0; i < writesEach; i++) {
                    slowCommits.write(() -> null);
                }
            }));
        }
        for (Future<?> writer : running) {
            writer.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(commits.get()).as("commits for %d writes", writers * writesEach).isPositive()
                                  .isLessThan(writers * writesEach * 9 / 10);
    }

    @Test
    void aFailedWriteIsNotCommittedAndLeavesNothingLocked() {
        assertThatThrownBy(() -> group.write(() -> {
            throw new IllegalStateException("duplicate key");
        })).hasMessage("duplicate key");
        assertThat(commits).hasValue(0);

        assertThat(group.write(() -> "next")).isEqualTo("next");
        assertThat(commits).hasValue(1);
    }

    @Test
    void aFailedCommitFailsTheWriteItWasFor() {
        GroupCommit failing = new GroupCommit(() -> {
            throw new IllegalStateException("the store is closed");
        });

        assertThatThrownBy(() -> failing.write(() -> "written")).hasMessage("the store is closed");
    }

    /** A write that has started and waits inside, half done, until {@code finish} opens; then it answers {@code answer}. */
    private CompletableFuture<String> halfDoneWrite(String answer, CountDownLatch finish) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<String> write = CompletableFuture.supplyAsync(() -> group.write(() -> {
            started.countDown();
            await(finish);
            return answer;
        }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        return write;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
