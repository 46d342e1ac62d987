package io.careerhistory.events.framework;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * A version of the career framework, in force from {@code effectiveFrom} until the next version's date: the version
 * in force on a date is the latest one effective on or before it. Published versions never change.
 */
@Revision("1")
public record FrameworkVersionPublishedEvent(String frameworkId, int version, LocalDate effectiveFrom,
                                             List<TrackDefinition> tracks) {
}
