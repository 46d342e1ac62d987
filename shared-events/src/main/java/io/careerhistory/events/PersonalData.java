package io.careerhistory.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an event field as personal data (ADR 0008): the store keeps it encrypted with the key of the event's
 * {@link DataSubject}, so destroying that key erases it while the event itself stays. Only on {@code String} fields.
 * After erasure the field reads as {@link #ERASED}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface PersonalData {

    /** What a personal field reads as once its subject's key has been destroyed. */
    String ERASED = "[erased]";
}
