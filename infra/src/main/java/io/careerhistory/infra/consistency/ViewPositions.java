package io.careerhistory.infra.consistency;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How far every view and process has applied the store. For a segment this node processes, its processor's status
 * here, which moves once a batch's updates are written or when it passes events it does not handle; for a segment
 * another node holds, the token that node stored, which moves only once a batch is written or, past events it does
 * not handle, when the claim is extended (every 5 s): late at worst, never early.
 */
@Component
public class ViewPositions {

    /** The slowest processor and its position: -1 when it has not applied anything yet. */
    public record Slowest(String processor, long position) {
    }

    private final EventProcessingConfiguration processing;
    private final MongoCollection<Document> tokens;
    private final Serializer serializer;

    ViewPositions(EventProcessingConfiguration processing, MongoDatabase database, Serializer serializer) {
        this.processing = processing;
        this.tokens = database.getCollection("tracking_tokens");
        this.serializer = serializer;
    }

    /** Every processor of this node. */
    public static final Set<String> ALL = Set.of();

    /** The slowest of these processors ({@link #ALL}: of every one). */
    public Slowest slowest(Set<String> names) {
        Map<String, StreamingEventProcessor> processors = new TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming && (names.isEmpty() || names.contains(name))) {
                processors.put(name, streaming);
            }
        });
        Map<String, Long> positions = new HashMap<>();
        // the whole collection: a handful of documents, one per processor and segment
        for (Document token : tokens.find()) {
            StreamingEventProcessor processor = processors.get(token.getString("processorName"));
            if (processor != null) {
                EventTrackerStatus local = processor.processingStatus().get(token.getInteger("segment"));
                long position = local != null ? local.getCurrentPosition().orElse(-1) : stored(token);
                positions.merge(processor.getName(), position, Math::min);
            }
        }
        Slowest slowest = new Slowest("none", Long.MAX_VALUE);
        for (String processor : processors.keySet()) {
            long position = positions.getOrDefault(processor, -1L);
            if (position < slowest.position()) {
                slowest = new Slowest(processor, position);
            }
        }
        return slowest;
    }

    private long stored(Document token) {
        Object data = token.get("token");
        String type = token.getString("tokenType");
        if (!(data instanceof Binary binary) || type == null) {
            return -1;
        }
        TrackingToken tracking = serializer.deserialize(new SimpleSerializedObject<>(binary.getData(), byte[].class,
                                                                                      type, null));
        return tracking == null ? -1 : tracking.position().orElse(-1);
    }
}
