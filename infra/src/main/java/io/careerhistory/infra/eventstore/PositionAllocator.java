package io.careerhistory.infra.eventstore;

import com.mongodb.client.MongoCollection;

/**
 * Hands this node's writers consecutive positions above the head of the store, so that they insert in parallel.
 * A position another node took first shows up as a duplicate key; the writer then calls {@link #passed} and claims
 * again above the new head. The event numbers ({@code firstGlobalIndex}) are counted the same way: exact on one node,
 * and only for progress and lag, never for ordering, since two nodes racing can number the same events twice.
 */
final class PositionAllocator {

    record Claim(long position, long firstGlobalIndex) {
    }

    private final MongoCollection<StoredCommit> commits;
    private long nextPosition; // 0: not located yet
    private long nextGlobalIndex;

    PositionAllocator(MongoCollection<StoredCommit> commits) {
        this.commits = commits;
    }

    /** A position above {@code after}, for a commit of {@code events} events. */
    synchronized Claim claim(int events, long after) {
        if (nextPosition == 0) {
            moveAbove(StoreHead.locate(commits, 0));
        }
        long position = Math.max(nextPosition, after + 1);
        nextPosition = position + 1;
        long first = nextGlobalIndex;
        nextGlobalIndex += events;
        return new Claim(position, first);
    }

    /** Another writer holds {@code position}: continue above the head found from there. */
    synchronized void passed(long position) {
        moveAbove(StoreHead.locate(commits, position));
    }

    /** After a write with an unknown outcome, locate the head again before the next claim. */
    synchronized void forget() {
        nextPosition = 0;
        nextGlobalIndex = 0;
    }

    private void moveAbove(StoreHead head) {
        nextPosition = Math.max(nextPosition, head.position() + 1);
        nextGlobalIndex = Math.max(nextGlobalIndex, head.nextGlobalIndex());
    }
}
