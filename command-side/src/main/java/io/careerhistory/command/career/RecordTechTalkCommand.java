package io.careerhistory.command.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

public record RecordTechTalkCommand(@TargetAggregateIdentifier EmployeeId employeeId,
                                    String talkId,
                                    String title,
                                    String venue,
                                    List<String> skills,
                                    LocalDate givenOn) {
}
