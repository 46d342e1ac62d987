package io.careerhistory.command.framework;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.careerhistory.command.api.BusinessRuleViolation;
import io.careerhistory.command.api.ErrorCode;
import io.careerhistory.events.framework.Criterion;
import io.careerhistory.events.framework.CriterionKind;
import io.careerhistory.events.framework.FrameworkVersionPublishedEvent;
import io.careerhistory.events.framework.LevelDefinition;
import io.careerhistory.events.framework.TrackDefinition;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The career framework: one aggregate (id {@value #ID}) whose events are its published versions, so versions are
 * numbered without gaps and take effect in order even when two are published at once.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE)
public class CareerFramework {

    public static final String ID = "career-framework";

    @AggregateIdentifier
    private String frameworkId;
    private int latestVersion;
    private LocalDate latestEffectiveFrom;

    protected CareerFramework() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(PublishFrameworkVersionCommand command) {
        if (command.version() != latestVersion + 1) {
            throw new BusinessRuleViolation(ErrorCode.FRAMEWORK_VERSION_OUT_OF_ORDER,
                                            "The next framework version is " + (latestVersion + 1) + ", not "
                                                    + command.version());
        }
        if (latestEffectiveFrom != null && !command.effectiveFrom().isAfter(latestEffectiveFrom)) {
            throw new BusinessRuleViolation(ErrorCode.FRAMEWORK_DATE_NOT_LATER,
                                            "Version " + command.version() + " must take effect after "
                                                    + latestEffectiveFrom + ", when version " + latestVersion + " did");
        }
        requireWellFormed(command);
        apply(new FrameworkVersionPublishedEvent(command.frameworkId(), command.version(), command.effectiveFrom(),
                                                 command.tracks()));
    }

    private static void requireWellFormed(PublishFrameworkVersionCommand command) {
        Set<String> tracks = new HashSet<>();
        for (TrackDefinition track : command.tracks()) {
            if (isBlank(track.name()) || !tracks.add(track.name()) || track.levels() == null || track.levels().isEmpty()) {
                throw invalid("track " + track.name() + " is unnamed, repeated or has no levels");
            }
            Set<String> codes = new HashSet<>();
            int previousRank = Integer.MIN_VALUE;
            for (LevelDefinition level : track.levels()) {
                if (level == null || isBlank(level.code()) || level.criteria() == null
                        || level.criteria().stream().anyMatch(c -> c == null || c.kind() == null || c.skills() == null)) {
                    throw invalid("in track " + track.name() + ", a level lacks its code, criteria, or a criterion's kind "
                                          + "or skills (use [] for none)");
                }
                if (!codes.add(level.code()) || level.rank() <= previousRank) {
                    throw invalid("in track " + track.name() + ", level " + level.code()
                                          + " repeats a code or does not rank above the level before it");
                }
                if (isBlank(level.title())) {
                    throw invalid("in track " + track.name() + ", level " + level.code() + " has no title");
                }
                level.criteria().forEach(criterion -> requireWellFormed(track.name() + " " + level.code(), criterion));
                previousRank = level.rank();
            }
        }
    }

    /** A version is permanent once published: a criterion nobody could meet, or read, must not get in. */
    private static void requireWellFormed(String level, Criterion criterion) {
        if (criterion.minimum() < 0) {
            throw invalid("in level " + level + ", the " + criterion.kind() + " minimum is " + criterion.minimum()
                                  + "; a count is 0 or more");
        }
        if (isBlank(criterion.description())) {
            throw invalid("in level " + level + ", the " + criterion.kind() + " criterion has no description");
        }
        if (criterion.kind() == CriterionKind.SKILLS
                && (criterion.skills().isEmpty() || criterion.skills().stream().anyMatch(CareerFramework::isBlank))) {
            throw invalid("in level " + level + ", the SKILLS criterion must name its skills, none of them blank");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static BusinessRuleViolation invalid(String why) {
        return new BusinessRuleViolation(ErrorCode.FRAMEWORK_INVALID, "The framework is not valid: " + why);
    }

    @EventSourcingHandler
    void on(FrameworkVersionPublishedEvent event) {
        this.frameworkId = event.frameworkId();
        this.latestVersion = event.version();
        this.latestEffectiveFrom = event.effectiveFrom();
    }
}
