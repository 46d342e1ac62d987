package io.careerhistory.query.readiness;

import io.careerhistory.query.common.GlobalPosition;
import io.careerhistory.readiness.CareerFacts;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.AggregateType;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.SourceId;
import org.springframework.stereotype.Component;

/** Keeps, per employee, the career events that the readiness rules fold (see {@link CareerFacts#FOLDED}). */
@Component
@ProcessingGroup(ReadinessProjection.PROCESSING_GROUP)
public class ReadinessProjection {

    public static final String PROCESSING_GROUP = "readiness";
    private static final String CAREER = "EmployeeCareer";

    private final ReadinessRepository repository;

    public ReadinessProjection(ReadinessRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(Object payload, @AggregateType String aggregateType, @SourceId String employeeId,
            @MessageIdentifier String eventId, @GlobalPosition long position) {
        if (CAREER.equals(aggregateType) && CareerFacts.FOLDED.contains(payload.getClass())) {
            repository.put(employeeId, eventId, position, payload);
        }
    }

    @ResetHandler
    public void reset() {
        repository.deleteAll();
    }
}
