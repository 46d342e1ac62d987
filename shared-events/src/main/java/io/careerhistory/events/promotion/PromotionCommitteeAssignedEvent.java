package io.careerhistory.events.promotion;

import io.careerhistory.events.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** The committee that reviews the case; {@code chairId} is one of the members and decides. */
@Revision("1")
public record PromotionCommitteeAssignedEvent(String caseId, EmployeeId employeeId, List<EmployeeId> members,
                                              EmployeeId chairId, LocalDate assignedOn) {
    public PromotionCommitteeAssignedEvent {
        members = List.copyOf(members);
    }
}
