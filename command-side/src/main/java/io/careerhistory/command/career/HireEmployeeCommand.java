package io.careerhistory.command.career;

import io.careerhistory.events.EmployeeId;

import java.time.LocalDate;

public record HireEmployeeCommand(EmployeeId employeeId,
                                  String name,
                                  String email,
                                  String track,
                                  String level,
                                  String team,
                                  EmployeeId managerId,
                                  LocalDate hiredOn) {
}
