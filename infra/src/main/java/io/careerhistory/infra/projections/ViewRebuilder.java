package io.careerhistory.infra.projections;

import com.mongodb.client.MongoDatabase;
import io.careerhistory.infra.deadletters.DeadLetters;
import io.careerhistory.infra.eventstore.HeadPosition;
import io.careerhistory.infra.projections.RebuildProgress.State;
import io.careerhistory.query.common.NotFound;
import io.careerhistory.query.common.RebuildableView;
import io.careerhistory.query.common.ViewCollections;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Rebuilds a view from the first event, blue/green (ADR 0017): its handlers are replayed into fresh collections while
 * the live view keeps answering; at the head the live processor pauses, the rest is caught up, the view is switched to
 * the fresh collections in one write, its tokens are set to where the replay got, and the processor resumes there.
 * The old collections are dropped once no reader can still be on them, and the view's dead letters are cleared: the
 * replay applied their events. An event the replay cannot apply fails the rebuild, and the live view stays as it was.
 * One rebuild of a view at a time.
 */
@Component
public class ViewRebuilder {

    private static final Logger log = LoggerFactory.getLogger(ViewRebuilder.class);
    private static final long PROGRESS_EVERY = 500;
    private static final int TOKEN_ATTEMPTS = 50;
    private static final long TOKEN_RETRY_MILLIS = 100;

    private final Map<String, RebuildableView> views = new TreeMap<>();
    private final MongoDatabase database;
    private final EventStorageEngine store;
    private final EventProcessingConfiguration processing;
    private final TokenStore tokens;
    private final ViewCollections collections;
    private final Clock clock;
    private final DeadLetters deadLetters;
    private final Map<String, RebuildProgress> progress = new ConcurrentHashMap<>();

    ViewRebuilder(List<RebuildableView> views, MongoDatabase database, EventStorageEngine store,
                  EventProcessingConfiguration processing, TokenStore tokens, ViewCollections collections, Clock clock,
                  DeadLetters deadLetters) {
        views.forEach(v -> this.views.put(v.processingGroup(), v));
        this.database = database;
        this.store = store;
        this.processing = processing;
        this.tokens = tokens;
        this.collections = collections;
        this.clock = clock;
        this.deadLetters = deadLetters;
    }

    public List<String> views() {
        return List.copyOf(views.keySet());
    }

    public Optional<RebuildProgress> progress(String view) {
        return Optional.ofNullable(progress.get(view));
    }

    /** Starts a rebuild in the background; its progress is at {@link #progress}. */
    public RebuildProgress start(String view) {
        RebuildableView definition = definition(view);
        RebuildProgress first = claim(view);
        Thread worker = new Thread(() -> run(definition, first.startedAt(), p -> { }), "rebuild-" + view);
        worker.setDaemon(true);
        worker.start();
        return first;
    }

    /** Rebuilds and switches the view before returning (erasure does this to every view). */
    public RebuildProgress rebuild(String view, Consumer<RebuildProgress> listener) {
        RebuildableView definition = definition(view);
        return run(definition, claim(view).startedAt(), listener);
    }

    /**
     * Replays the view into {@code <collection>__<suffix>} without switching, and returns where each logical
     * collection went: to compare a replay with the live view (determinism), or to inspect one.
     */
    public Map<String, String> replayBeside(String view, String suffix) {
        RebuildableView definition = definition(view);
        Map<String, String> targets = targets(definition, suffix);
        new ViewReplay(store, definition.handlersWritingTo(database, targets::get)).toHead(position -> { });
        return targets;
    }

    private RebuildableView definition(String view) {
        RebuildableView definition = views.get(view);
        if (definition == null) {
            throw new NotFound("No projection " + view + "; there are " + String.join(", ", views.keySet()));
        }
        return definition;
    }

    private synchronized RebuildProgress claim(String view) {
        RebuildProgress current = progress.get(view);
        if (current != null && !current.finished()) {
            throw new RebuildAlreadyRunning(view);
        }
        Instant now = clock.instant();
        RebuildProgress first = RebuildProgress.of(view, State.REPLAYING, 0, -1, headPosition(), now, now, null, null);
        progress.put(view, first);
        return first;
    }

    private RebuildProgress run(RebuildableView view, Instant startedAt, Consumer<RebuildProgress> listener) {
        String name = view.processingGroup();
        Map<String, String> targets = targets(view, "v" + clock.millis());
        long head = headPosition();
        AtomicLong position = new AtomicLong(-1);
        boolean switched = false;
        try {
            targets.values().forEach(this::drop);
            ViewReplay replay = new ViewReplay(store, view.handlersWritingTo(database, targets::get));
            replay.toHead(p -> {
                position.set(p);
                if (replay.replayed() % PROGRESS_EVERY == 0) {
                    report(name, State.REPLAYING, replay.replayed(), p, Math.max(head, p), startedAt, null, null, listener);
                }
            });
            report(name, State.SWITCHING, replay.replayed(), position.get(), Math.max(head, position.get()), startedAt,
                   null, null, listener);
            Map<String, String> old = switchOver(view, replay, targets);
            switched = true;
            Thread.sleep(3 * ViewCollections.CACHE_MILLIS); // no reader is still on the old collections after this
            old.forEach((logical, physical) -> {
                if (!physical.equals(targets.get(logical))) {
                    drop(physical);
                }
            });
            log.info("Rebuilt projection {}: {} events into {}", name, replay.replayed(), targets.values());
            return report(name, State.DONE, replay.replayed(), position.get(), position.get(), startedAt, clock.instant(),
                          null, listener);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail(name, position.get(), head, startedAt, e, listener);
        } catch (RuntimeException e) {
            if (switched) {
                log.error("Rebuilt projection {}, but its old collections could not all be dropped", name, e);
            } else {
                log.error("Rebuilding projection {} failed; the live view is unchanged", name, e);
                targets.values().forEach(this::drop);
            }
            return fail(name, position.get(), head, startedAt, e, listener);
        }
    }

    /** Pauses the live processor, catches up, switches, moves its tokens to where the replay got, resumes. */
    private Map<String, String> switchOver(RebuildableView view, ViewReplay replay, Map<String, String> targets) {
        String name = view.processingGroup();
        StreamingEventProcessor live = processing.eventProcessor(name, StreamingEventProcessor.class)
                                                 .orElseThrow(() -> new IllegalStateException("No processor " + name));
        live.shutdownAsync().join();
        try {
            replay.toHead(position -> { });
            // The pointer first: should moving the tokens fail, the processor replays into the new collections from
            // where it was, which the idempotent projections absorb; the other order could skip events in the old.
            Map<String, String> old = new LinkedHashMap<>();
            targets.forEach((logical, physical) -> {
                old.put(logical, collections.physical(logical));
                collections.switchTo(logical, physical);
            });
            TrackingToken reached = replay.reached();
            if (reached != null) {
                for (int segment : tokens.fetchSegments(name)) {
                    moveToken(name, segment, reached);
                }
            }
            // The replay applied every event, the dead-lettered ones too: their letters would only apply them twice.
            deadLetters.clear(name);
            return old;
        } finally {
            live.start();
        }
    }

    /**
     * Claims the segment's token for this node and writes it. The paused processor may still be releasing its claims
     * for a moment after its shutdown completes, which can take ours away in between: then try again.
     */
    private void moveToken(String name, int segment, TrackingToken reached) {
        for (int attempt = 1; ; attempt++) {
            try {
                tokens.fetchToken(name, segment);
                tokens.storeToken(reached, name, segment);
                tokens.releaseClaim(name, segment);
                return;
            } catch (UnableToClaimTokenException e) {
                if (attempt == TOKEN_ATTEMPTS) {
                    throw e;
                }
                sleep(TOKEN_RETRY_MILLIS);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while switching a rebuilt view", e);
        }
    }

    /**
     * Empties the collection before dropping it: on the embedded server a deleted document's pages become dead pages,
     * which compaction then removes from the file (ADR 0015), while a dropped map's pages may linger.
     */
    private void drop(String collection) {
        if (database.listCollectionNames().into(new ArrayList<>()).contains(collection)) {
            database.getCollection(collection).deleteMany(new Document());
            database.getCollection(collection).drop();
        }
    }

    private static Map<String, String> targets(RebuildableView view, String suffix) {
        Map<String, String> targets = new LinkedHashMap<>();
        view.collections().forEach(logical -> targets.put(logical, logical + "__" + suffix));
        return targets;
    }

    private long headPosition() {
        return HeadPosition.of(store);
    }

    private RebuildProgress report(String name, State state, long replayed, long position, long head, Instant startedAt,
                                   Instant finishedAt, String error, Consumer<RebuildProgress> listener) {
        RebuildProgress now = RebuildProgress.of(name, state, replayed, position, head, startedAt, clock.instant(),
                                                 finishedAt, error);
        progress.put(name, now);
        listener.accept(now);
        return now;
    }

    private RebuildProgress fail(String name, long position, long head, Instant startedAt, Exception e,
                                 Consumer<RebuildProgress> listener) {
        return report(name, State.FAILED, 0, position, head, startedAt, clock.instant(), String.valueOf(e.getMessage()),
                      listener);
    }

    /** A second rebuild of a view while one runs: 409. */
    public static class RebuildAlreadyRunning extends RuntimeException {
        RebuildAlreadyRunning(String view) {
            super("Projection " + view + " is being rebuilt already");
        }
    }
}
