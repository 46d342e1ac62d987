package io.careerhistory.infra.eventstore;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.axonframework.eventhandling.TrackingToken;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Position of one event in the store: the commit that holds it and its index inside that commit.
 * Commits are gap-free, so a processor holding this token has seen every event before it, and
 * nothing else needs to be remembered (unlike a timestamp token with a look-back window).
 * {@code globalIndex} is the event's number across the whole store, kept for progress and lag.
 */
public final class CommitToken implements TrackingToken, Comparable<CommitToken> {

    private final long commit;
    private final int index;
    private final long globalIndex;

    @JsonCreator
    public CommitToken(@JsonProperty("commit") long commit,
                       @JsonProperty("index") int index,
                       @JsonProperty("globalIndex") long globalIndex) {
        this.commit = commit;
        this.index = index;
        this.globalIndex = globalIndex;
    }

    @JsonProperty
    public long getCommit() {
        return commit;
    }

    @JsonProperty
    public int getIndex() {
        return index;
    }

    @JsonProperty
    public long getGlobalIndex() {
        return globalIndex;
    }

    @Override
    public TrackingToken lowerBound(TrackingToken other) {
        return compareTo(cast(other)) <= 0 ? this : other;
    }

    @Override
    public TrackingToken upperBound(TrackingToken other) {
        return compareTo(cast(other)) >= 0 ? this : other;
    }

    @Override
    public boolean covers(TrackingToken other) {
        return other == null || compareTo(cast(other)) >= 0;
    }

    @Override
    public OptionalLong position() {
        return OptionalLong.of(globalIndex);
    }

    @Override
    public int compareTo(CommitToken other) {
        int byCommit = Long.compare(commit, other.commit);
        return byCommit != 0 ? byCommit : Integer.compare(index, other.index);
    }

    private static CommitToken cast(TrackingToken other) {
        if (other instanceof CommitToken token) {
            return token;
        }
        throw new IllegalArgumentException("Cannot compare a CommitToken with " + other);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CommitToken that && commit == that.commit && index == that.index;
    }

    @Override
    public int hashCode() {
        return Objects.hash(commit, index);
    }

    @Override
    public String toString() {
        return "CommitToken{commit=" + commit + ", index=" + index + ", globalIndex=" + globalIndex + '}';
    }
}
