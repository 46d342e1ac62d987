package io.careerhistory.events.career;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Revision 1 of {@link EmployeeHiredEvent} had no login name, tribe or group attribute. They were not known then,
 * so they become null: the upcaster never invents a fact.
 */
public final class EmployeeHiredEvent1To2Upcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(EmployeeHiredEvent.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(EmployeeHiredEvent.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode event = (ObjectNode) payload;
            event.putNull("loginName");
            event.putNull("tribe");
            event.putNull("selfIdentifiedGroup");
            return event;
        });
    }
}
