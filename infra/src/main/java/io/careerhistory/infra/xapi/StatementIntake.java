package io.careerhistory.infra.xapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.careerhistory.command.api.BusinessRuleViolation;
import io.careerhistory.command.api.CommandSender;
import io.careerhistory.command.api.ErrorCode;
import io.careerhistory.command.career.RecordCourseCompletionCommand;
import io.careerhistory.command.career.RetractCourseCompletionCommand;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.readiness.CanonicalJson;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Takes statements from a learning-record source. A batch is all or nothing as far as the rules go: every statement
 * is checked, and every id compared with what is kept (a repeat is fine, a different statement under a kept id is a
 * conflict), before any is kept. Each is then kept first and applied after, so that an id is taken by one insert that
 * no concurrent repeat can race, and a crash in between leaves it {@link Outcome#PENDING} for a repeat to apply.
 */
@Service
class StatementIntake {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StatementStore store;
    private final StatementReader reader;
    private final CommandSender commands;
    private final XapiProperties properties;
    private final Clock clock;

    StatementIntake(StatementStore store, StatementReader reader, CommandSender commands, XapiProperties properties,
                    Clock clock) {
        this.store = store;
        this.reader = reader;
        this.commands = commands;
        this.properties = properties;
        this.clock = clock;
    }

    /** Keeps and applies {@code statements} from {@code source}; answers their ids, in order. */
    List<String> take(String source, String authorityHomePage, List<ObjectNode> statements) {
        Map<String, String> hashes = new HashMap<>();
        Map<String, Optional<KeptStatement>> kept = new HashMap<>();
        for (ObjectNode statement : statements) {
            StatementRules.check(statement);
            if (!statement.has("id")) {
                statement.put("id", UUID.randomUUID().toString());
            }
            String id = statement.get("id").asText();
            String hash = hash(statement);
            if (hashes.containsKey(id)) {
                throw new InvalidStatement("Statement " + id + " appears twice in the batch");
            }
            hashes.put(id, hash);
            kept.put(id, store.find(id));
            kept.get(id).filter(earlier -> !earlier.hash().equals(hash)).ifPresent(earlier -> {
                throw new ConflictingStatement(id);
            });
        }
        List<String> ids = new ArrayList<>();
        for (ObjectNode statement : statements) {
            String id = statement.get("id").asText();
            take(source, authorityHomePage, statement, hashes.get(id), kept.get(id));
            ids.add(id);
        }
        return ids;
    }

    /** {@code kept}: the statement under that id when the batch was checked. */
    private void take(String source, String authorityHomePage, ObjectNode statement, String hash,
                      Optional<KeptStatement> kept) {
        if (kept.isEmpty()) {
            Instant stored = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            completeAsStored(statement, source, authorityHomePage, stored);
            StatementMeaning meaning = reader.meaning(statement);
            String employeeId = meaning instanceof StatementMeaning.Voiding voiding
                    ? store.find(voiding.targetId()).map(KeptStatement::employeeId).orElse(null)
                    : meaning.employeeId();
            KeptStatement fresh = new KeptStatement(statement.get("id").asText(), source, hash, Outcome.PENDING, null,
                                                    employeeId, null, null, stored, statement.toString());
            if (!store.insert(fresh)) {
                kept = store.find(fresh.id()); // a concurrent repeat kept it first
            } else {
                apply(fresh, meaning);
                return;
            }
        }
        KeptStatement earlier = kept.orElseThrow();
        if (!earlier.hash().equals(hash)) {
            throw new ConflictingStatement(earlier.id());
        }
        if (earlier.outcome() == Outcome.PENDING && earlier.body() != null) {
            apply(earlier, reader.meaning(parse(earlier.body())));
        }
    }

    private void apply(KeptStatement statement, StatementMeaning meaning) {
        if (meaning instanceof StatementMeaning.Completion completion) {
            store.settle(record(statement, completion));
        } else if (meaning instanceof StatementMeaning.Voiding voiding) {
            store.settle(voidTarget(statement, voiding.targetId()));
        } else {
            store.settle(statement.settled(Outcome.IGNORED, ((StatementMeaning.Ignored) meaning).reason(), null));
        }
    }

    private KeptStatement record(KeptStatement statement, StatementMeaning.Completion completion) {
        String completionId = UUID.nameUUIDFromBytes(sourceRef(statement.id()).getBytes(StandardCharsets.UTF_8)).toString();
        try {
            commands.send(new RecordCourseCompletionCommand(EmployeeId.of(completion.employeeId()), completionId,
                                                            completion.courseId(), completion.title(),
                                                            properties.providerOf(statement.source()), List.of(),
                                                            completion.hours(), completion.completedOn(),
                                                            sourceRef(statement.id())));
        } catch (BusinessRuleViolation violation) {
            if (violation.code() != ErrorCode.SOURCE_REFERENCE_ALREADY_RECORDED) { // else: recorded before a crash
                return statement.settled(Outcome.IGNORED, violation.getMessage(), null);
            }
        }
        return statement.settled(Outcome.RECORDED, null, completionId);
    }

    private KeptStatement voidTarget(KeptStatement voiding, String targetId) {
        Optional<KeptStatement> found = store.find(targetId);
        if (found.isEmpty() || !found.get().source().equals(voiding.source())) {
            return voiding.settled(Outcome.IGNORED, "no statement " + targetId + " from this source is kept", null);
        }
        KeptStatement target = found.get();
        if (target.outcome() == Outcome.VOIDING) {
            return voiding.settled(Outcome.IGNORED, "a voiding statement cannot itself be voided", null);
        }
        if (target.voided() && !target.voidedBy().equals(voiding.id())) {
            return voiding.settled(Outcome.IGNORED, "statement " + targetId + " is already voided", null);
        }
        store.markVoided(targetId, voiding.id());
        if (target.outcome() != Outcome.RECORDED) {
            return voiding.settled(Outcome.VOIDING, "statement " + targetId + " had recorded nothing", null);
        }
        try {
            commands.send(new RetractCourseCompletionCommand(EmployeeId.of(target.employeeId()), target.completionId(),
                                                             "Voided by xAPI statement " + voiding.id(),
                                                             LocalDate.ofInstant(voiding.stored(), clock.getZone())));
        } catch (BusinessRuleViolation violation) {
            if (violation.code() != ErrorCode.COMPLETION_ALREADY_RETRACTED) {
                return voiding.settled(Outcome.VOIDING, "the completion stays: " + violation.getMessage(), null);
            }
        }
        return voiding.settled(Outcome.VOIDING, null, target.completionId());
    }

    /** What the store adds to a statement (xAPI 1.0.3 section 2.4.8 to 2.4.10): when, on whose authority, which version. */
    private static void completeAsStored(ObjectNode statement, String source, String homePage, Instant stored) {
        statement.put("stored", stored.toString());
        if (!statement.has("timestamp")) {
            statement.put("timestamp", stored.toString());
        }
        ObjectNode authority = statement.putObject("authority");
        authority.put("objectType", "Agent");
        authority.putObject("account").put("homePage", homePage).put("name", source);
        if (!statement.has("version")) {
            statement.put("version", "1.0.0");
        }
    }

    static String sourceRef(String statementId) {
        return "xapi:" + statementId;
    }

    /**
     * Of what the source sent, as canonical JSON (keys sorted, so their order does not count): what the store adds is
     * left out, so a repeat hashes the same.
     */
    static String hash(ObjectNode statement) {
        ObjectNode sent = statement.deepCopy();
        sent.remove(List.of("stored", "authority", "version"));
        return CanonicalJson.sha256(JSON.convertValue(sent, Object.class));
    }

    private static ObjectNode parse(String body) {
        try {
            return (ObjectNode) JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A kept statement is no longer JSON", e);
        }
    }
}
