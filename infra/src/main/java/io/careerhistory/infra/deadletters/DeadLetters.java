package io.careerhistory.infra.deadletters;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import io.careerhistory.query.common.NotFound;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.DeadLetterEntry;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.axonframework.extensions.mongo.eventhandling.deadletter.DeadLetterEntry.processingGroupAndSequenceIdentifierFilter;
import static org.axonframework.extensions.mongo.eventhandling.deadletter.DeadLetterEntry.processingGroupFilter;
import static org.axonframework.extensions.mongo.eventhandling.deadletter.DeadLetterEntry.sequenceIdentifierIterator;

/**
 * The dead letters of every processing group, as admins list, retry and evict them. Retrying runs the group's own
 * handlers on the letters of a sequence, oldest first, through Axon's dead-letter processor; evicting gives a whole
 * sequence up (its events stay in the store, and a rebuild of the view applies them again).
 */
@Component
public class DeadLetters {

    /** At most this many letters in one listing; the counts are always complete. */
    static final int LISTING_LIMIT = 500;

    private final MongoCollection<Document> collection;
    private final EventProcessingConfiguration processing;

    DeadLetters(MongoTemplate template, EventProcessingConfiguration processing) {
        this.collection = template.deadLetterCollection();
        this.processing = processing;
    }

    /** How many letters each processing group holds; groups without any are left out. One aggregate command. */
    public Map<String, Long> countsByProcessingGroup() {
        Map<String, Long> counts = new TreeMap<>();
        collection.aggregate(List.of(Aggregates.group("$processingGroup", Accumulators.sum("letters", 1L))))
                  .forEach(d -> counts.put(d.getString("_id"), ((Number) d.get("letters")).longValue()));
        return counts;
    }

    /** The letters of one group, or of all when {@code processingGroup} is null: by group, sequence, then order. */
    public List<DeadLetterView> list(String processingGroup) {
        Bson filter = processingGroup == null ? new Document() : processingGroupFilter(known(processingGroup));
        List<DeadLetterView> letters = new ArrayList<>();
        collection.find(filter).limit(LISTING_LIMIT)
                  .forEach(d -> letters.add(DeadLetterView.of(new DeadLetterEntry(d))));
        letters.sort(Comparator.comparing(DeadLetterView::processingGroup)
                               .thenComparing(DeadLetterView::sequenceIdentifier)
                               .thenComparingLong(DeadLetterView::index));
        return letters;
    }

    /** Runs the group's handlers again on each sequence (or the one given); a sequence that fails again stays. */
    public DeadLetterOutcome retry(String processingGroup, String sequenceIdentifier) {
        SequencedDeadLetterProcessor<EventMessage<?>> processor =
                processing.sequencedDeadLetterProcessor(known(processingGroup))
                          .orElseThrow(() -> unknown(processingGroup));
        List<String> sequences = sequences(processingGroup, sequenceIdentifier);
        int cleared = 0;
        for (String sequence : sequences) {
            boolean done = processor.process(letter -> letter instanceof MongoDeadLetter<?> mongo
                    && mongo.sequenceIdentifier().equals(sequence));
            cleared += done ? 1 : 0;
        }
        return outcome(DeadLetterAction.RETRY, processingGroup, sequences.size(), cleared);
    }

    /** Removes every letter of each sequence (or the one given) without handling it. */
    public DeadLetterOutcome evict(String processingGroup, String sequenceIdentifier) {
        List<String> sequences = sequences(known(processingGroup), sequenceIdentifier);
        sequences.forEach(sequence -> collection.deleteMany(
                processingGroupAndSequenceIdentifierFilter(processingGroup, sequence)));
        return outcome(DeadLetterAction.EVICT, processingGroup, sequences.size(), sequences.size());
    }

    /** A rebuilt view holds every event again, so its letters are obsolete (called while its processor is paused). */
    public void clear(String processingGroup) {
        collection.deleteMany(processingGroupFilter(processingGroup));
    }

    private List<String> sequences(String processingGroup, String sequenceIdentifier) {
        List<String> all = sequenceIdentifierIterator(collection, processingGroup).into(new ArrayList<>());
        if (sequenceIdentifier == null) {
            return all;
        }
        if (!all.contains(sequenceIdentifier)) {
            throw new NotFound("No dead letters of sequence " + sequenceIdentifier + " in " + processingGroup);
        }
        return List.of(sequenceIdentifier);
    }

    private DeadLetterOutcome outcome(DeadLetterAction action, String processingGroup, int sequences, int cleared) {
        long remaining = collection.countDocuments(processingGroupFilter(processingGroup));
        return new DeadLetterOutcome(action, processingGroup, sequences, cleared, remaining);
    }

    private String known(String processingGroup) {
        // the group's processor first: asked for the queue of any other name, Axon would make one
        if (processing.eventProcessorByProcessingGroup(processingGroup).isEmpty()
                || processing.deadLetterQueue(processingGroup).isEmpty()) {
            throw unknown(processingGroup);
        }
        return processingGroup;
    }

    private NotFound unknown(String processingGroup) {
        return new NotFound("No processing group " + processingGroup + " dead-letters its events");
    }
}
