package io.careerhistory.infra.demo;

import io.careerhistory.events.EmployeeId;

import java.time.LocalDate;

/** Someone of the demo organisation, as the mentorship and promotion stories need them. */
record DemoPerson(EmployeeId id, LocalDate hiredOn, EmployeeId managerId, String track, String level, int rank) {
}
