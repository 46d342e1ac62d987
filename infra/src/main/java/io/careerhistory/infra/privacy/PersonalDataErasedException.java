package io.careerhistory.infra.privacy;

import io.careerhistory.command.api.BusinessRuleViolation;
import io.careerhistory.command.api.ErrorCode;

/**
 * Nothing personal can be recorded about an employee whose personal data was erased: their key is gone for good.
 * Raised while an event is stored, so it reaches the caller wrapped by the serializer ({@code ProblemDetailsAdvice}).
 */
public class PersonalDataErasedException extends BusinessRuleViolation {

    public PersonalDataErasedException(String subject) {
        super(ErrorCode.PERSONAL_DATA_ERASED, "The personal data of employee " + subject
                + " was erased; nothing personal can be recorded about them");
    }
}
