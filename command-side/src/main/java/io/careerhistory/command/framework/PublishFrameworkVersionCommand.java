package io.careerhistory.command.framework;

import io.careerhistory.events.framework.TrackDefinition;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

public record PublishFrameworkVersionCommand(@TargetAggregateIdentifier String frameworkId,
                                             int version,
                                             LocalDate effectiveFrom,
                                             List<TrackDefinition> tracks) {
}
