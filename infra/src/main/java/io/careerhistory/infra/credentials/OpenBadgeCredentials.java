package io.careerhistory.infra.credentials;

import io.careerhistory.command.api.BusinessRuleViolation;
import io.careerhistory.command.api.ErrorCode;
import io.careerhistory.events.PersonalData;
import io.careerhistory.events.career.CourseCompletedEvent;
import io.careerhistory.events.career.CourseCompletionRetractedEvent;
import io.careerhistory.events.career.EmployeeHiredEvent;
import io.careerhistory.events.career.EmployeePromotedEvent;
import io.careerhistory.events.framework.Criterion;
import io.careerhistory.query.common.NotFound;
import io.careerhistory.query.framework.FrameworkRepository;
import io.careerhistory.readiness.CanonicalJson;
import io.careerhistory.readiness.FrameworkVersions;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the Open Badges 3.0 {@code OpenBadgeCredential} (VC data model 2.0) for a fact of someone's career, read
 * from their own stream in the event store: a course completion that still counts, or a promotion approved by a
 * committee. The learner is named by a salted hash of their email address (an IdentityObject), never in the clear;
 * imported history, which was never decided here, gets no credential.
 */
@Component
class OpenBadgeCredentials {

    static final List<String> CONTEXT = List.of("https://www.w3.org/ns/credentials/v2",
                                                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

    private final EventStore events;
    private final FrameworkRepository frameworks;
    private final CredentialProperties issuer;

    OpenBadgeCredentials(EventStore events, FrameworkRepository frameworks, CredentialProperties issuer) {
        this.events = events;
        this.frameworks = frameworks;
        this.issuer = issuer;
    }

    Map<String, Object> credentialFor(String employeeId, String eventId) {
        // from the first event: past a snapshot, the plain stream would start at the snapshot and miss older facts
        List<? extends DomainEventMessage<?>> stream = events.readEvents(employeeId, 0).asStream().toList();
        EmployeeHiredEvent hire = stream.stream().map(DomainEventMessage::getPayload)
                                        .filter(EmployeeHiredEvent.class::isInstance).map(EmployeeHiredEvent.class::cast)
                                        .findFirst().orElseThrow(() -> new NotFound("No employee " + employeeId));
        if (PersonalData.ERASED.equals(hire.email())) {
            throw new BusinessRuleViolation(ErrorCode.PERSONAL_DATA_ERASED, "The personal data of employee " + employeeId
                    + " was erased; no credential names them");
        }
        DomainEventMessage<?> fact = stream.stream().filter(e -> e.getIdentifier().equals(eventId)).findFirst()
                                           .orElseThrow(() -> new NotFound("Employee " + employeeId + " has no event " + eventId));
        Map<String, Object> achievement;
        LocalDate awarded;
        if (fact.getPayload() instanceof CourseCompletedEvent completed) {
            boolean retracted = stream.stream().map(DomainEventMessage::getPayload)
                                      .anyMatch(p -> p instanceof CourseCompletionRetractedEvent r
                                              && r.completionId().equals(completed.completionId()));
            if (retracted) {
                throw new NotFound("Completion " + completed.completionId() + " was retracted: it earns no credential");
            }
            achievement = course(completed);
            awarded = completed.completedOn();
        } else if (fact.getPayload() instanceof EmployeePromotedEvent promoted) {
            achievement = promotion(promoted);
            awarded = promoted.effectiveOn();
        } else {
            throw new NotFound("Event " + eventId + " is neither a course completion nor an approved promotion");
        }
        return credential(eventId, hire, achievement, awarded);
    }

    private Map<String, Object> credential(String eventId, EmployeeHiredEvent hire, Map<String, Object> achievement,
                                           LocalDate awarded) {
        String validFrom = awarded.atStartOfDay(ZoneOffset.UTC).toInstant().toString();
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("type", List.of("AchievementSubject"));
        subject.put("identifier", List.of(identity(hire.email(), eventId)));
        subject.put("achievement", achievement);
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", CONTEXT);
        credential.put("id", "urn:uuid:" + eventId);
        credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        credential.put("issuer", Map.of("id", issuer.issuerUrl(), "type", List.of("Profile"), "name", issuer.issuerName()));
        credential.put("validFrom", validFrom);
        credential.put("awardedDate", validFrom);
        credential.put("name", achievement.get("name"));
        credential.put("credentialSubject", subject);
        return credential;
    }

    private Map<String, Object> course(CourseCompletedEvent completed) {
        Map<String, Object> achievement = achievement(achievementId("courses", completed.courseId()), "Course",
                                                      completed.title(),
                                                      "Completed " + completed.title() + " (" + completed.provider().name()
                                                              .toLowerCase(Locale.ROOT) + ", " + completed.hours().toPlainString()
                                                              + " hours) on " + completed.completedOn() + ".");
        if (!completed.skills().isEmpty()) {
            achievement.put("tag", completed.skills());
        }
        return achievement;
    }

    private Map<String, Object> promotion(EmployeePromotedEvent promoted) {
        String criteria = FrameworkVersions.of(frameworks.all().all()).inForceOn(promoted.effectiveOn())
                .flatMap(version -> FrameworkVersions.level(version, promoted.track(), promoted.toLevel()))
                .map(level -> level.criteria().stream().map(Criterion::description).collect(Collectors.joining(" ")))
                .orElse("");
        return achievement(achievementId("levels", promoted.track() + "/" + promoted.toLevel()), "ext:Promotion",
                           promoted.track() + " " + promoted.toLevel(),
                           "Promoted from " + promoted.fromLevel() + " to " + promoted.toLevel() + " in the "
                                   + promoted.track() + " track, effective " + promoted.effectiveOn()
                                   + ", as decided by a promotion committee after independent reviews (case "
                                   + promoted.caseId() + "). " + criteria);
    }

    private static Map<String, Object> achievement(String id, String achievementType, String name, String narrative) {
        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", id);
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", achievementType);
        achievement.put("name", name);
        achievement.put("description", narrative.strip());
        achievement.put("criteria", Map.of("narrative", narrative.strip()));
        return achievement;
    }

    /** A course already named by an IRI (from xAPI) keeps it; others get one under the issuer's URL. */
    private String achievementId(String kind, String id) {
        try {
            if (URI.create(id).isAbsolute()) {
                return id;
            }
        } catch (IllegalArgumentException notAnIri) {
            // named by the issuer below
        }
        return issuer.issuerUrl() + "/achievements/" + kind + "/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    /** OB 3.0 IdentityObject: {@code sha256$} of the address and a salt given beside it, as the spec defines. */
    private static Map<String, Object> identity(String email, String salt) {
        return Map.of("type", "IdentityObject", "identityType", "emailAddress", "hashed", true,
                      "identityHash", "sha256$" + CanonicalJson.sha256Hex(email.strip().toLowerCase(Locale.ROOT) + salt),
                      "salt", salt);
    }
}
