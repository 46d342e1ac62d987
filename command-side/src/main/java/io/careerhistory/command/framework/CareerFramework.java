package io.careerhistory.command.framework;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.careerhistory.command.api.BusinessRuleViolation;
import io.careerhistory.command.api.ErrorCode;
import io.careerhistory.events.framework.FrameworkVersionPublishedEvent;
import io.careerhistory.readiness.FrameworkShape;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;

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
        FrameworkShape.problemIn(command.tracks()).ifPresent(problem -> {
            throw new BusinessRuleViolation(ErrorCode.FRAMEWORK_INVALID, "The framework is not valid: " + problem);
        });
        apply(new FrameworkVersionPublishedEvent(command.frameworkId(), command.version(), command.effectiveFrom(),
                                                 command.tracks()));
    }

    @EventSourcingHandler
    void on(FrameworkVersionPublishedEvent event) {
        this.frameworkId = event.frameworkId();
        this.latestVersion = event.version();
        this.latestEffectiveFrom = event.effectiveFrom();
    }
}
