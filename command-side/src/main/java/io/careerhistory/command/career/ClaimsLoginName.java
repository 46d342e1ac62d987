package io.careerhistory.command.career;

import io.careerhistory.events.EmployeeId;

/** A command that records someone under a login name, which must then be theirs alone ({@link UniqueLoginNames}). */
interface ClaimsLoginName {

    EmployeeId employeeId();

    String loginName();
}
