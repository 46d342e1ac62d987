package io.careerhistory.infra.axon;

import io.careerhistory.infra.eventstore.CommitMetaData;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

import java.util.HashMap;
import java.util.Map;

/**
 * Copies onto every message caused by another: the acting user, the correlation id of the whole conversation
 * (the first message's id), and the causation id (the id of the message that directly caused it).
 */
class ActorAndCausationProvider implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        Object actor = message.getMetaData().get(CommitMetaData.ACTOR);
        if (actor != null) {
            data.put(CommitMetaData.ACTOR, actor);
        }
        Object correlationId = message.getMetaData().get(CommitMetaData.CORRELATION_ID);
        data.put(CommitMetaData.CORRELATION_ID, correlationId != null ? correlationId : message.getIdentifier());
        data.put(CommitMetaData.CAUSATION_ID, message.getIdentifier());
        return data;
    }
}
