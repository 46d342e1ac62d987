package io.careerhistory.infra.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongConsumer;
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
 *   <li>A commit's {@code _id} is its global position. Writers claim consecutive positions above the head and insert
 *       in parallel; a duplicate key on {@code _id} means another node took that position, so the writer claims
 *       another. Readers never pass an empty position, and fill one that stays empty too long with an aborted
 *       commit ({@link HoleFiller}), so a {@link CommitToken} needs no look-back window and never skips a commit.</li>
 *   <li>Each commit's keyed hash links to the previous commit of every aggregate stream in it, so it can be computed
 *       without waiting for the commit in front ({@link HashChainVerifier}).</li>
 *   <li>Every aggregate event's "aggregateId:sequence" key is in a uniquely indexed array, so concurrent
 *       appends to one aggregate get a {@link ConcurrencyException}, never a fork.</li>
 *   <li>Every read is a key lookup ({@code _id} or {@code streamKeys} with equality or {@code $in}), the only
 *       shape the embedded server answers without scanning.</li>
 * </ul>
 * See docs/adr/0002-commit-per-document-event-store.md.
 */
public class MongoCommitEventStorageEngine extends AbstractEventStorageEngine {

    public static final String SNAPSHOTS = "snapshots";
    /**
     * Commits per {@code _id $in} read. The embedded server matches each document it finds against the whole list
     * again, so its work per batch grows with the square of the batch: 128 replayed some 10% faster than 256.
     */
    public static final int DEFAULT_BATCH_SIZE = 128;
    /** Batches a reader that catches up has on their way besides the one it reads (CommitReadAhead). */
    public static final int DEFAULT_READ_AHEAD_BATCHES = 2;
    private static final String STREAM_KEYS_INDEX = "streamKeys_unique";

    private final MongoCollection<StoredCommit> commits;
    private final MongoCollection<StoredEvent> snapshots;
    private final CommitHasher hasher;
    private final int batchSize;
    private final PositionAllocator positions;
    private final StreamTails tails;
    private final HoleFiller holes;
    private final int readAheadBatches;
    private final LongConsumer appended;
    private final ExecutorService readAheadThreads = Executors.newCachedThreadPool(new ReadAheadThreadFactory());
    private volatile StoreHead head = StoreHead.EMPTY; // last located, the starting point of the next search

    protected MongoCommitEventStorageEngine(Builder builder) {
        super(builder);
        this.commits = StoreCollections.commits(builder.database);
        this.snapshots = StoreCollections.snapshots(builder.database);
        this.hasher = builder.hasher;
        this.batchSize = builder.batchSize;
        this.positions = new PositionAllocator(commits);
        this.tails = new StreamTails(commits, builder.streamTailCacheSize);
        this.readAheadBatches = builder.readAheadBatches;
        this.appended = builder.appended;
        this.holes = new HoleFiller(commits, hasher, builder.holeTimeout, builder.clock);
        commits.createIndex(Indexes.ascending(StreamKeys.FIELD), new IndexOptions().unique(true).name(STREAM_KEYS_INDEX));
    }

    public static Builder builder() {
        return new Builder();
    }

    // ---- writing ---------------------------------------------------------------------------------

    /**
     * Writers append in parallel: each claims a position above the head (and above the previous commit of every stream
     * it extends) and inserts its commit there. The hash links to those streams' previous commits, never to the commit
     * at the position before, so a writer need not wait for the one in front of it.
     */
    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        StoredCommit draft = draft(events, serializer);
        StreamTails.Links links = tails.linksFor(draft);
        while (true) {
            PositionAllocator.Claim claim = positions.claim(draft.events().size(), links.afterPosition());
            StoredCommit commit = draft.at(claim.position(), claim.firstGlobalIndex(), links.hashes(), hasher);
            try {
                commits.insertOne(commit);
                tails.remember(commit);
                appended.accept(commit.lastGlobalIndex());
                return;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    holes.fill(claim.position(), claim.firstGlobalIndex(), "the write failed: " + e.getError().getMessage());
                    throw new EventStoreException("Could not append commit at position " + claim.position(), e);
                }
                StoredCommit other = commits.find(eq("_id", claim.position())).first();
                if (other == null) {
                    // The position was free, so a stream key was taken: another writer appended to the same aggregate.
                    holes.fill(claim.position(), claim.firstGlobalIndex(), "concurrent append to the same aggregate");
                    throw concurrencyConflict(events, e);
                }
                if (sameEvents(other, commit)) {
                    tails.remember(other); // our own insert, retried by the driver after a lost reply
                    appended.accept(other.lastGlobalIndex());
                    return;
                }
                positions.passed(claim.position()); // another node, or a reader filling a hole we were too slow for
            } catch (RuntimeException unknown) {
                // e.g. the connection dropped: whether the insert landed is unknown, so it must not be reported as done.
                // If it did not land, readers fill the position after the hole timeout.
                positions.forget();
                throw unknown;
            }
        }
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
            stored.add(new StoredEvent(event.getIdentifier(), aggregateId, type, sequence,
                                       StoredTimestamps.format(event.getTimestamp()), payload.getType().getName(),
                                       payload.getType().getRevision(), payload.getData(), metaData.getData()));
        }
        EventMessage<?> first = events.get(0);
        return new StoredCommit(0, 0, stored.get(0).timestamp(), // the same instant, formatted once
                                metaString(first, CommitMetaData.ACTOR),
                                metaString(first, CommitMetaData.CORRELATION_ID),
                                metaString(first, CommitMetaData.CAUSATION_ID),
                                stored, List.of(), null, null);
    }

    private static String metaString(EventMessage<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    private static boolean sameEvents(StoredCommit a, StoredCommit b) {
        return !a.events().isEmpty() && a.events().get(0).eventId().equals(b.events().get(0).eventId());
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
                                            snapshot.getType(), snapshot.getSequenceNumber(),
                                            StoredTimestamps.format(snapshot.getTimestamp()),
                                            payload.getType().getName(), payload.getType().getRevision(),
                                            payload.getData(), metaData.getData());
        // The upsert takes its _id, the aggregate id, from the filter.
        snapshots.replaceOne(eq("_id", snapshot.getAggregateIdentifier()), event, new ReplaceOptions().upsert(true));
    }

    // ---- reading ---------------------------------------------------------------------------------

    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(TrackingToken trackingToken, boolean mayBlock) {
        CommitToken after = asCommitToken(trackingToken);
        CommitReadAhead batches = new CommitReadAhead(from -> CommitBatches.fetch(commits, from, batchSize), batchSize,
                                                      readAheadThreads, readAheadBatches);
        return StreamSupport.stream(new CommitSpliterator(holes, batches, after), false);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readEventData(String aggregateId, long firstSequenceNumber) {
        return readStream(aggregateId, firstSequenceNumber, Long.MAX_VALUE).stream()
                                                                           .map(e -> (DomainEventData<?>) StoredEventData.of(e.event(), null));
    }

    /**
     * The aggregate's events in commits at or before {@code upToPosition}, and the position of the last of those
     * commits. A later commit of an aggregate always lies at a later position, so reading again up to the returned
     * position gives exactly the same events: evidence records it to be re-derivable.
     */
    public PositionedStream readEventsUpTo(String aggregateId, long upToPosition) {
        List<PositionedEvent> stream = readStream(aggregateId, 0, upToPosition);
        long lastPosition = stream.isEmpty() ? 0 : stream.get(stream.size() - 1).position();
        Stream<DomainEventData<?>> data = stream.stream().map(e -> (DomainEventData<?>) StoredEventData.of(e.event(), null));
        return new PositionedStream(EventStreamUtils.upcastAndDeserializeDomainEvents(data, getEventSerializer(),
                                                                                      upcasterChain),
                                    lastPosition);
    }

    /** Events of one aggregate, and the position of the commit that holds the last of them (0 for none). */
    public record PositionedStream(DomainEventStream events, long lastPosition) {
    }

    private record PositionedEvent(long position, StoredEvent event) {
    }

    /**
     * Reads an aggregate's events with {@code streamKeys $in} over windows of consecutive sequence numbers.
     * A window that ends inside the stream is followed by the next one; a stream that ends inside it needs no
     * further round trip.
     */
    private List<PositionedEvent> readStream(String aggregateId, long firstSequenceNumber, long upToPosition) {
        List<PositionedEvent> result = new ArrayList<>();
        long windowStart = Math.max(0, firstSequenceNumber);
        while (true) {
            long from = windowStart;
            List<String> keys = StreamKeys.window(aggregateId, from, batchSize);
            List<PositionedEvent> found = new ArrayList<>();
            commits.find(in(StreamKeys.FIELD, keys)).batchSize(keys.size()).forEach(commit -> {
                if (commit.position() > upToPosition) {
                    return; // later than asked for, and so are the aggregate's commits after it
                }
                tails.remember(commit); // the aggregate is usually loaded to append to it next
                commit.events().stream().filter(e -> e.belongsTo(aggregateId) && e.sequence() >= from)
                      .forEach(e -> found.add(new PositionedEvent(commit.position(), e)));
            });
            found.sort(Comparator.comparingLong(e -> e.event().sequence()));
            long expected = windowStart;
            for (PositionedEvent positioned : found) {
                if (positioned.event().sequence() < expected) {
                    continue; // a commit reached by two keys of the window
                }
                result.add(positioned);
                expected = positioned.event().sequence() + 1;
            }
            if (found.isEmpty() || expected < windowStart + batchSize) {
                return result;
            }
            windowStart = expected;
        }
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateId) {
        StoredEvent snapshot = snapshots.find(eq("_id", aggregateId)).first();
        return snapshot == null ? Stream.empty() : Stream.of(new StoredEventData.Domain(snapshot, null));
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateId) {
        List<PositionedEvent> stream = readStream(aggregateId, 0, Long.MAX_VALUE);
        return stream.isEmpty() ? Optional.empty() : Optional.of(stream.get(stream.size() - 1).event().sequence());
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

    /**
     * The token just before the first commit recorded at or after {@code at}: bisection by key lookups. A position
     * being written right now counts as "not before", which can only move the token earlier, never skip a commit.
     */
    @Override
    public TrackingToken createTokenAt(Instant at) {
        long low = 0;
        long high = refreshHead().position() + 1;
        while (high - low > 1) {
            long middle = low + (high - low) / 2;
            Optional<StoredCommit> commit = commitAt(middle);
            if (commit.isPresent() && Instant.parse(commit.get().recordedAt()).isBefore(at)) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return low == 0 ? null : tokenAtEndOf(low);
    }

    /** After every event of the commit at {@code position}; index -1 for an aborted commit, which has none. */
    private CommitToken tokenAtEndOf(long position) {
        StoredCommit commit = commitAt(position)
                .orElseThrow(() -> new EventStoreException("No commit at position " + position));
        int lastIndex = commit.events().size() - 1;
        return new CommitToken(position, lastIndex, commit.firstGlobalIndex() + lastIndex);
    }

    private Optional<StoredCommit> commitAt(long position) {
        return Optional.ofNullable(commits.find(eq("_id", position)).first());
    }

    /** The store's head as seen now, including commits written by other nodes. */
    public StoreHead refreshHead() {
        StoreHead located = StoreHead.locate(commits, head.position());
        head = located;
        return located;
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
        private int batchSize = DEFAULT_BATCH_SIZE;
        private Duration holeTimeout = Duration.ofSeconds(2);
        private Clock clock = Clock.systemUTC();
        private int streamTailCacheSize = 10_000;
        private int readAheadBatches = DEFAULT_READ_AHEAD_BATCHES;
        private LongConsumer appended = lastGlobalIndex -> { };

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

        /** How long readers wait for a claimed position before they fill it with an aborted commit. */
        public Builder holeTimeout(Duration holeTimeout) {
            this.holeTimeout = holeTimeout;
            return this;
        }

        /** Stamps the commits that fill holes. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder streamTailCacheSize(int streamTailCacheSize) {
            this.streamTailCacheSize = streamTailCacheSize;
            return this;
        }

        /** How many batches a reader that catches up fetches ahead while it handles the current one; 0 for none. */
        public Builder readAheadBatches(int readAheadBatches) {
            this.readAheadBatches = readAheadBatches;
            return this;
        }

        /** Told, on the appending thread, the global index of the last event of each commit once it is stored. */
        public Builder appendListener(LongConsumer appended) {
            this.appended = appended;
            return this;
        }

        @Override
        protected void validate() {
            super.validate();
            if (database == null || hasher == null || clock == null || appended == null || batchSize < 1 || streamTailCacheSize < 1
                    || readAheadBatches < 0 || holeTimeout == null || holeTimeout.isNegative()) {
                throw new AxonConfigurationException("database, hasher, clock, a hole timeout, a positive batchSize and"
                                                             + " tail cache size and no negative read-ahead are required");
            }
        }

        public MongoCommitEventStorageEngine build() {
            validate();
            return new MongoCommitEventStorageEngine(this);
        }
    }
}
