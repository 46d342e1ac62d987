package io.careerhistory.command.api;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Checks {@link HasHappened} against the application's clock (Spring creates each validator with it). "Today" is
 * today where the day begins first, UTC+14: a date that has not begun there has begun nowhere, and no user's today is
 * refused for being tomorrow in UTC.
 */
public class HasHappenedValidator implements ConstraintValidator<HasHappened, LocalDate> {

    private static final ZoneOffset EARLIEST_TIME_ZONE = ZoneOffset.ofHours(14);

    private final Clock clock;

    public HasHappenedValidator(Clock clock) {
        this.clock = clock;
    }

    /** The last date that has begun somewhere on Earth. */
    public static LocalDate latestToday(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), EARLIEST_TIME_ZONE);
    }

    @Override
    public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
        LocalDate latestToday = latestToday(clock);
        if (date == null || !date.isAfter(latestToday)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("must not be in the future (after " + latestToday
                                                             + "): a fact is recorded once it has happened")
               .addConstraintViolation();
        return false;
    }
}
