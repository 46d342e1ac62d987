package io.careerhistory.infra.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

/**
 * An Axon event storage engine on the MongoDB driver that never lets a tracking processor skip an event.
 *
 * <ul>
 *   <li>Each unit of work is one document in {@code commits}, so a commit is visible whole or not at all,
 *       without MongoDB transactions.</li>
 *   <li>A commit's {@code _id} is its global position. A writer inserts at head + 1; a duplicate key on
 *       {@code _id} means another writer took that position, so it moves on. No reservation step, hence no
 *       gaps: position N + 1 exists only once N does, and a {@link CommitToken} needs no look-back window.</li>
 *   <li>Every aggregate event's "aggregateId:sequence" key is in a uniquely indexed array, so concurrent
 *       appends to one aggregate get a {@link ConcurrencyException}, never a fork.</li>
 *   <li>Every read is a key lookup ({@code _id} or {@code streamKeys} with equality or {@code $in}), the only
 *       shape the embedded server answers without scanning.</li>
 * </ul>
 * See docs/adr/0002-commit-per-document-event-store.md.
 */
public class MongoCommitEventStorageEngine extends AbstractEventStorageEngine {

    public static final String SNAPSHOTS = "snapshots";
    private static final String STREAM_KEYS_INDEX = "streamKeys_unique";

    private final MongoCollection<Document> commits;
    private final MongoCollection<Document> snapshots;
    private final CommitHasher hasher;
    private final int batchSize;
    private final Object appendLock = new Object();
    private final List<PendingCommit> queue = new ArrayList<>();
    private volatile StoreHead head;

    protected MongoCommitEventStorageEngine(Builder builder) {
        super(builder);
        this.commits = builder.database.getCollection(StoredCommit.COLLECTION);
        this.snapshots = builder.database.getCollection(SNAPSHOTS);
        this.hasher = builder.hasher;
        this.batchSize = builder.batchSize;
        commits.createIndex(Indexes.ascending(StreamKeys.FIELD), new IndexOptions().unique(true).name(STREAM_KEYS_INDEX));
    }

    public static Builder builder() {
        return new Builder();
    }

    // ---- writing ---------------------------------------------------------------------------------

    /**
     * Group commit: every caller queues its commit, and whoever holds the append lock writes everything queued so far
     * in one ordered {@code insertMany}, one document per commit at consecutive positions. Concurrent writers on one
     * node thus share a round trip, and each commit still stands or falls alone.
     */
    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        PendingCommit mine = new PendingCommit(draft(events, serializer), events);
        synchronized (queue) {
            queue.add(mine);
        }
        synchronized (appendLock) {
            if (!mine.isSettled()) {
                List<PendingCommit> batch;
                synchronized (queue) {
                    batch = new ArrayList<>(queue);
                    queue.clear();
                }
                try {
                    writeBatch(batch);
                } catch (RuntimeException unexpected) {
                    // e.g. the connection dropped: whether the insert landed is unknown, so nobody may report success
                    batch.stream().filter(p -> !p.isSettled()).forEach(p -> p.fail(unexpected));
                    head = null; // re-locate the head before the next write
                }
            }
        }
        mine.throwIfFailed();
    }

    private void writeBatch(List<PendingCommit> batch) {
        List<PendingCommit> remaining = batch;
        StoreHead current = head();
        while (!remaining.isEmpty()) {
            List<StoredCommit> commits = chain(remaining, current);
            try {
                this.commits.insertMany(commits.stream().map(StoredCommit::toDocument).toList(),
                                        new InsertManyOptions().ordered(true));
                remaining.forEach(PendingCommit::succeed);
                head = StoreHead.of(commits.get(commits.size() - 1));
                return;
            } catch (MongoBulkWriteException e) {
                int failed = e.getWriteErrors().get(0).getIndex();
                remaining.subList(0, failed).forEach(PendingCommit::succeed);
                if (failed > 0) {
                    current = StoreHead.of(commits.get(failed - 1));
                    head = current;
                }
                PendingCommit culprit = remaining.get(failed);
                if (e.getWriteErrors().get(0).getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    EventStoreException failure = new EventStoreException(
                            "Could not append commit at position " + commits.get(failed).position(), e);
                    remaining.subList(failed, remaining.size()).forEach(p -> p.fail(failure));
                    return;
                }
                Document taken = this.commits.find(eq("_id", commits.get(failed).position())).first();
                if (taken == null) {
                    culprit.fail(concurrencyConflict(culprit.events(), e)); // the stream key, not the position, was taken
                    remaining = remaining.subList(failed + 1, remaining.size());
                    continue;
                }
                StoredCommit other = StoredCommit.fromDocument(taken);
                current = StoreHead.of(other);
                head = current;
                if (sameEvents(other, commits.get(failed))) {
                    culprit.succeed(); // our own insert, retried by the driver after a lost reply
                    remaining = remaining.subList(failed + 1, remaining.size());
                } else {
                    remaining = remaining.subList(failed, remaining.size()); // another node took the position
                }
            }
        }
    }

    /** Positions and hash links for the commits, in queue order, after the given head. */
    private List<StoredCommit> chain(List<PendingCommit> pending, StoreHead after) {
        List<StoredCommit> chained = new ArrayList<>(pending.size());
        StoreHead previous = after;
        for (PendingCommit commit : pending) {
            StoredCommit placed = commit.draft().at(previous.position() + 1, previous.nextGlobalIndex(), previous.hash(), hasher);
            chained.add(placed);
            previous = StoreHead.of(placed);
        }
        return chained;
    }

    private StoredCommit draft(List<? extends EventMessage<?>> events, Serializer serializer) {
        List<StoredEvent> stored = new ArrayList<>(events.size());
        for (EventMessage<?> event : events) {
            SerializedObject<String> payload = event.serializePayload(serializer, String.class);
            SerializedObject<String> metaData = event.serializeMetaData(serializer, String.class);
            String aggregateId = null;
            String type = null;
            long sequence = 0;
            if (event instanceof DomainEventMessage<?> domainEvent && domainEvent.getType() != null) {
                aggregateId = domainEvent.getAggregateIdentifier();
                type = domainEvent.getType();
                sequence = domainEvent.getSequenceNumber();
            }
            stored.add(new StoredEvent(event.getIdentifier(), aggregateId, type, sequence, event.getTimestamp().toString(),
                                       payload.getType().getName(), payload.getType().getRevision(),
                                       payload.getData(), metaData.getData()));
        }
        EventMessage<?> first = events.get(0);
        return new StoredCommit(0, 0, first.getTimestamp().toString(),
                                metaString(first, CommitMetaData.ACTOR),
                                metaString(first, CommitMetaData.CORRELATION_ID),
                                metaString(first, CommitMetaData.CAUSATION_ID),
                                stored, null, null);
    }

    private static String metaString(EventMessage<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    private static boolean sameEvents(StoredCommit a, StoredCommit b) {
        return a.events().get(0).eventId().equals(b.events().get(0).eventId());
    }

    private static ConcurrencyException concurrencyConflict(List<? extends EventMessage<?>> events, Exception cause) {
        String aggregate = events.stream().filter(DomainEventMessage.class::isInstance)
                                 .map(e -> ((DomainEventMessage<?>) e).getAggregateIdentifier())
                                 .findFirst().orElse("?");
        return new ConcurrencyException("Aggregate " + aggregate
                                                + " was changed concurrently: an event with the same sequence number exists",
                                        cause);
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        SerializedObject<String> payload = snapshot.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = snapshot.serializeMetaData(serializer, String.class);
        StoredEvent event = new StoredEvent(snapshot.getIdentifier(), snapshot.getAggregateIdentifier(),
                                            snapshot.getType(), snapshot.getSequenceNumber(), snapshot.getTimestamp().toString(),
                                            payload.getType().getName(), payload.getType().getRevision(),
                                            payload.getData(), metaData.getData());
        snapshots.replaceOne(eq("_id", snapshot.getAggregateIdentifier()),
                             event.toDocument().append("_id", snapshot.getAggregateIdentifier()),
                             new ReplaceOptions().upsert(true));
    }

    // ---- reading ---------------------------------------------------------------------------------

    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(TrackingToken trackingToken, boolean mayBlock) {
        CommitToken after = asCommitToken(trackingToken);
        return StreamSupport.stream(new CommitSpliterator(commits, batchSize, after), false);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readEventData(String aggregateId, long firstSequenceNumber) {
        return readStream(aggregateId, firstSequenceNumber).stream()
                                                           .map(e -> (DomainEventData<?>) StoredEventData.of(e, null));
    }

    /**
     * Reads an aggregate's events with {@code streamKeys $in} over windows of consecutive sequence numbers.
     * A window that ends inside the stream is followed by the next one; a stream that ends inside it needs no
     * further round trip.
     */
    private List<StoredEvent> readStream(String aggregateId, long firstSequenceNumber) {
        List<StoredEvent> result = new ArrayList<>();
        long windowStart = Math.max(0, firstSequenceNumber);
        while (true) {
            long from = windowStart;
            List<String> keys = StreamKeys.window(aggregateId, from, batchSize);
            List<StoredEvent> found = new ArrayList<>();
            commits.find(in(StreamKeys.FIELD, keys)).forEach(d -> StoredCommit.fromDocument(d).events().stream()
                    .filter(e -> e.belongsTo(aggregateId) && e.sequence() >= from)
                    .forEach(found::add));
            found.sort(Comparator.comparingLong(StoredEvent::sequence));
            long expected = windowStart;
            for (StoredEvent event : found) {
                if (event.sequence() < expected) {
                    continue; // a commit reached by two keys of the window
                }
                result.add(event);
                expected = event.sequence() + 1;
            }
            if (found.isEmpty() || expected < windowStart + batchSize) {
                return result;
            }
            windowStart = expected;
        }
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateId) {
        Document snapshot = snapshots.find(eq("_id", aggregateId)).first();
        return snapshot == null
                ? Stream.empty()
                : Stream.of(new StoredEventData.Domain(StoredEvent.fromDocument(snapshot), null));
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateId) {
        List<StoredEvent> stream = readStream(aggregateId, 0);
        return stream.isEmpty() ? Optional.empty() : Optional.of(stream.get(stream.size() - 1).sequence());
    }

    // ---- tokens ----------------------------------------------------------------------------------

    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    @Override
    public TrackingToken createHeadToken() {
        StoreHead current = refreshHead();
        if (current.position() == 0) {
            return null;
        }
        return tokenAtEndOf(current.position());
    }

    /** The token just before the first commit recorded at or after {@code at}: bisection by key lookups. */
    @Override
    public TrackingToken createTokenAt(Instant at) {
        long low = 0;
        long high = refreshHead().position() + 1;
        while (high - low > 1) {
            long middle = low + (high - low) / 2;
            if (Instant.parse(commitAt(middle).recordedAt()).isBefore(at)) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return low == 0 ? null : tokenAtEndOf(low);
    }

    private CommitToken tokenAtEndOf(long position) {
        StoredCommit commit = commitAt(position);
        int lastIndex = commit.events().size() - 1;
        return new CommitToken(position, lastIndex, commit.firstGlobalIndex() + lastIndex);
    }

    private StoredCommit commitAt(long position) {
        Document document = commits.find(eq("_id", position)).first();
        if (document == null) {
            throw new EventStoreException("No commit at position " + position);
        }
        return StoredCommit.fromDocument(document);
    }

    /** The store's head as seen now, including commits written by other nodes. */
    public StoreHead refreshHead() {
        StoreHead known = head;
        StoreHead located = StoreHead.locate(commits, known == null ? 0 : known.position());
        head = located;
        return located;
    }

    private StoreHead head() {
        StoreHead current = head;
        return current != null ? current : refreshHead();
    }

    private static CommitToken asCommitToken(TrackingToken token) {
        TrackingToken unwrapped = WrappedToken.unwrapLowerBound(token); // a ReplayToken wraps where the replay is
        if (unwrapped == null) {
            return null;
        }
        if (unwrapped instanceof CommitToken commitToken) {
            return commitToken;
        }
        throw new IllegalArgumentException("This event store tracks with CommitToken, not " + token.getClass().getName()
                                                   + ": reset the processor's token");
    }

    public static class Builder extends AbstractEventStorageEngine.Builder {

        private MongoDatabase database;
        private CommitHasher hasher;
        private int batchSize = 256;

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder upcasterChain(org.axonframework.serialization.upcasting.event.EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        public Builder database(MongoDatabase database) {
            this.database = database;
            return this;
        }

        public Builder hasher(CommitHasher hasher) {
            this.hasher = hasher;
            return this;
        }

        public Builder batchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        @Override
        protected void validate() {
            super.validate();
            if (database == null || hasher == null || batchSize < 1) {
                throw new AxonConfigurationException("database, hasher and a positive batchSize are required");
            }
        }

        public MongoCommitEventStorageEngine build() {
            validate();
            return new MongoCommitEventStorageEngine(this);
        }
    }
}
