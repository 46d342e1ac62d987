package io.careerhistory.command.api;

import jakarta.validation.Configuration;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HasHappenedValidatorTest {

    record Fact(@HasHappened LocalDate happenedOn) {
    }

    /** The messages of the violations of a fact dated {@code date}, validated at {@code now}. */
    private static List<String> violations(String now, String date) {
        Clock clock = Clock.fixed(Instant.parse(now), ZoneOffset.UTC);
        Configuration<?> configuration = Validation.byDefaultProvider().configure();
        ConstraintValidatorFactory defaults = configuration.getDefaultConstraintValidatorFactory();
        ConstraintValidatorFactory withClock = new ConstraintValidatorFactory() {
            @Override
            @SuppressWarnings("unchecked")
            public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
                return key == HasHappenedValidator.class ? (T) new HasHappenedValidator(clock)
                                                         : defaults.getInstance(key);
            }

            @Override
            public void releaseInstance(ConstraintValidator<?, ?> instance) {
                defaults.releaseInstance(instance);
            }
        };
        try (var factory = configuration.constraintValidatorFactory(withClock).buildValidatorFactory()) {
            Validator validator = factory.getValidator();
            return validator.validate(new Fact(date == null ? null : LocalDate.parse(date))).stream()
                            .map(ConstraintViolation::getMessage).toList();
        }
    }

    @Test
    void aDateUpToTodayWhereTheDayBeginsFirstIsTaken() {
        assertThat(violations("2026-11-27T09:59:59Z", "2026-11-27")).isEmpty();
        assertThat(violations("2026-11-27T09:59:59Z", "2019-03-01")).isEmpty();
        // 10:00 UTC is midnight at UTC+14: the 28th has begun there
        assertThat(violations("2026-11-27T10:00:00Z", "2026-11-28")).isEmpty();
        assertThat(violations("2026-11-27T00:00:00Z", null)).as("@NotNull's to say").isEmpty();
    }

    @Test
    void aDateThatHasBegunNowhereIsRefusedSayingTheLatestTodayThereIs() {
        String refused = "must not be in the future (after %s): a fact is recorded once it has happened";
        assertThat(violations("2026-11-27T09:59:59Z", "2026-11-28")).containsExactly(refused.formatted("2026-11-27"));
        assertThat(violations("2026-11-27T10:00:00Z", "2099-01-01")).containsExactly(refused.formatted("2026-11-28"));
    }
}
