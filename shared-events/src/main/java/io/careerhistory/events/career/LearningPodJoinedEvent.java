package io.careerhistory.events.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The employee joined a learning pod: a small group learning one topic together. */
@Revision("1")
public record LearningPodJoinedEvent(EmployeeId employeeId, String podId, String podName, String topic, LocalDate joinedOn) {
}
