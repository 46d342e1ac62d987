package io.careerhistory.command.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Records a role held before this system was in use, from an import (see {@code LevelHistoryImportedEvent}). */
public record ImportLevelHistoryCommand(@TargetAggregateIdentifier EmployeeId employeeId, String track, String level,
                                        LocalDate heldFrom, String source) {
}
