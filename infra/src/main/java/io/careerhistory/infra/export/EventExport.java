package io.careerhistory.infra.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.careerhistory.command.api.CommandSender;
import io.careerhistory.infra.axon.SerializerConfiguration;
import io.careerhistory.infra.eventstore.HeadPosition;
import io.careerhistory.infra.privacy.Pseudonyms;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads the whole store in order, one batch at a time (never all of it in memory), and hands each matching event to
 * a sink. Pseudonymized: every employee id becomes its pseudonym, personal fields and the evidence (a copy of the
 * employee's record) are left out, and actors who are people are pseudonyms too.
 */
@Component
public class EventExport {

    /** Not personal by itself, but a copy of someone's whole record: analysts get its hash only. */
    private static final Set<String> RECORD_COPIES = Set.of("evidenceJson");
    private static final String SYSTEM_ACTOR = "system:";

    private final EventStorageEngine store;
    private final Pseudonyms pseudonyms;
    private final ObjectMapper json = SerializerConfiguration.storageObjectMapper();

    EventExport(EventStorageEngine store, Pseudonyms pseudonyms) {
        this.store = store;
        this.pseudonyms = pseudonyms;
    }

    /** The global position of the newest event in the store now (-1 when empty). */
    public long headPosition() {
        return HeadPosition.of(store);
    }

    /** Streams the matching events, in store order, to {@code sink}; returns how many. */
    public long export(ExportQuery query, boolean pseudonymized, Consumer<ExportedEvent> sink) {
        long count = 0;
        try (Stream<? extends TrackedEventMessage<?>> events = store.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = events.iterator();
            while (iterator.hasNext()) {
                TrackedEventMessage<?> message = iterator.next();
                if (!query.ofType(message.getPayloadType()) || !query.recordedWithin(message.getTimestamp())) {
                    continue;
                }
                Set<String> people = new HashSet<>();
                ExportedEvent event = exported(message, pseudonymized, people);
                if (query.employee() == null || people.contains(query.employee())) {
                    sink.accept(event);
                    count++;
                }
            }
        }
        return count;
    }

    private ExportedEvent exported(TrackedEventMessage<?> message, boolean pseudonymized, Set<String> people) {
        Object payload = message.getPayload();
        EventPeople shape = EventPeople.of(payload.getClass());
        ObjectNode node = json.valueToTree(payload);
        for (String field : shape.employeeFields()) {
            person(node, field, pseudonymized, people);
        }
        for (String field : shape.employeeListFields()) {
            if (node.get(field) instanceof ArrayNode list) {
                for (int i = 0; i < list.size(); i++) {
                    String id = pseudonymized ? pseudonyms.of(list.get(i).asText()) : list.get(i).asText();
                    people.add(id);
                    list.set(i, id);
                }
            }
        }
        if (pseudonymized) {
            node.remove(shape.personalFields());
            node.remove(RECORD_COPIES);
        }
        String subject = shape.subjectField() == null || !node.hasNonNull(shape.subjectField())
                ? null : node.get(shape.subjectField()).asText();
        String aggregateType = null;
        String aggregateId = null;
        long sequence = -1;
        if (message instanceof DomainEventMessage<?> domain) {
            aggregateType = domain.getType();
            aggregateId = domain.getAggregateIdentifier();
            sequence = domain.getSequenceNumber();
            if (pseudonymized && people.contains(pseudonyms.of(aggregateId))) {
                aggregateId = pseudonyms.of(aggregateId);
            }
        }
        Object actor = message.getMetaData().get(CommandSender.ACTOR_KEY);
        return new ExportedEvent(message.trackingToken().position().orElse(-1), message.getIdentifier(),
                                 message.getPayloadType().getName(), aggregateType, aggregateId, sequence,
                                 message.getTimestamp(), subject, actor(actor == null ? null : actor.toString(), pseudonymized),
                                 node);
    }

    /** Adds the employee in {@code field} to {@code people}, as a pseudonym when asked (so a filter matches it so). */
    private void person(ObjectNode node, String field, boolean pseudonymized, Set<String> people) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return;
        }
        String id = pseudonymized ? pseudonyms.of(value.asText()) : value.asText();
        people.add(id);
        node.put(field, id);
    }

    private String actor(String actor, boolean pseudonymized) {
        if (!pseudonymized || actor == null || actor.startsWith(SYSTEM_ACTOR)) {
            return actor;
        }
        if (actor.startsWith(CommandSender.EMPLOYEE_ACTOR_PREFIX)) {
            return CommandSender.EMPLOYEE_ACTOR_PREFIX
                    + pseudonyms.of(actor.substring(CommandSender.EMPLOYEE_ACTOR_PREFIX.length()));
        }
        return "user:" + pseudonyms.of(actor);
    }
}
