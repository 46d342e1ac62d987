package io.careerhistory.command.api;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The date of a fact that has happened (a course completed, a talk given, a decision taken): it cannot be in the
 * future, since a fact is recorded once it has happened, as an import records only what has happened. Dates set
 * ahead by a plan or an HR decision (a goal's target, a rotation's planned end, a hire, a transfer, a departure) do
 * not carry it.
 */
@Documented
@Constraint(validatedBy = HasHappenedValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface HasHappened {

    String message() default "must not be in the future: a fact is recorded once it has happened";

    Class<?>[] groups() default { };

    Class<? extends Payload>[] payload() default { };
}
