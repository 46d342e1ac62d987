package io.careerhistory.command.api;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches the business rule violation with a given code, for Axon fixture expectations. */
public final class BusinessRuleMatchers {

    private BusinessRuleMatchers() {
    }

    public static Matcher<BusinessRuleViolation> violating(ErrorCode code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(BusinessRuleViolation violation) {
                return violation.code() == code;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a business rule violation with code ").appendValue(code);
            }
        };
    }
}
