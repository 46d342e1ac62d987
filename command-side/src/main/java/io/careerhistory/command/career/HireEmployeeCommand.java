package io.careerhistory.command.career;

import io.careerhistory.events.EmployeeId;

import java.time.LocalDate;

public record HireEmployeeCommand(EmployeeId employeeId,
                                  String name,
                                  String email,
                                  String loginName,
                                  String track,
                                  String level,
                                  String team,
                                  String tribe,
                                  EmployeeId managerId,
                                  String selfIdentifiedGroup,
                                  LocalDate hiredOn) implements ClaimsLoginName {
}
