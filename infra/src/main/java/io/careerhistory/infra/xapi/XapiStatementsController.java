package io.careerhistory.infra.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.careerhistory.infra.web.ValidUnicodeText;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.careerhistory.command.api.CurrentActor;
import io.careerhistory.infra.privacy.PersonalDataErasedException;
import io.careerhistory.infra.web.Problems;
import io.careerhistory.query.common.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The xAPI 1.0.3 statement resource, for learning-record sources (each signs in with its own credentials, and is the
 * statements' authority). {@code POST} answers 200 with the ids, {@code PUT ?statementId=} 204; a repeat records
 * nothing, a different statement under a kept id is 409. {@code GET} reads back a source's own statements (an
 * auditor reads all); a voided statement only through {@code voidedStatementId}.
 */
@RestController
@RequestMapping("/xapi/statements")
class XapiStatementsController {

    private static final int MAX_LIMIT = 500;

    private final StatementIntake intake;
    private final StatementStore store;
    private final CurrentActor actor;
    private final Clock clock;

    XapiStatementsController(StatementIntake intake, StatementStore store, CurrentActor actor, Clock clock) {
        this.intake = intake;
        this.store = store;
        this.actor = actor;
        this.clock = clock;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    List<String> post(@RequestHeader(value = XapiVersionFilter.HEADER, required = false) String version,
                      @RequestBody JsonNode body) {
        XapiVersionFilter.requireSupported(version);
        List<ObjectNode> statements = new ArrayList<>();
        if (body.isArray()) {
            body.forEach(statement -> statements.add(object(statement)));
        } else {
            statements.add(object(body));
        }
        if (statements.isEmpty()) {
            throw new InvalidStatement("The batch holds no statement");
        }
        return intake.take(actor.name(), homePage(), statements);
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> put(@RequestHeader(value = XapiVersionFilter.HEADER, required = false) String version,
                             @RequestParam(required = false) String statementId, @RequestBody JsonNode body) {
        XapiVersionFilter.requireSupported(version);
        if (!StatementRules.isUuid(statementId)) {
            throw new InvalidStatement("PUT names the statement: ?statementId=<a UUID>, not "
                                               + (statementId == null ? "none" : "'" + statementId + "'"));
        }
        ObjectNode statement = object(body);
        if (statement.has("id") && !statementId.equals(statement.get("id").asText())) {
            throw new InvalidStatement("The statement's id " + statement.get("id") + " is not ?statementId=" + statementId);
        }
        statement.put("id", statementId);
        intake.take(actor.name(), homePage(), List.of(statement));
        return ResponseEntity.noContent().build();
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> get(@RequestHeader(value = XapiVersionFilter.HEADER, required = false) String version,
                               @RequestParam(required = false) String statementId,
                               @RequestParam(required = false) String voidedStatementId,
                               @RequestParam(defaultValue = "100") int limit,
                               @RequestParam(defaultValue = "exact") String format,
                               @RequestParam(defaultValue = "false") boolean attachments) {
        XapiVersionFilter.requireSupported(version);
        requireServed(format, attachments);
        if (statementId != null && voidedStatementId != null) {
            throw new InvalidStatement("Ask for statementId or voidedStatementId, not both");
        }
        if (statementId == null && voidedStatementId == null) {
            return ResponseEntity.ok().header("X-Experience-API-Consistent-Through", clock.instant().toString())
                                 .body(recent(limit));
        }
        boolean voided = voidedStatementId != null;
        String id = voided ? voidedStatementId : statementId;
        KeptStatement kept = store.find(id).filter(this::readable).filter(s -> s.voided() == voided)
                                  .orElseThrow(() -> new NotFound(voided ? "No voided statement " + id
                                                                         : "No statement " + id + " (a voided one is read by voidedStatementId)"));
        if (kept.body() == null) {
            throw new PersonalDataErasedException(kept.employeeId());
        }
        return ResponseEntity.ok().lastModified(kept.stored()).body(kept.body());
    }

    /** Statements are answered exactly as sent: the other formats and attachments are not served (ADR 0020). */
    private static void requireServed(String format, boolean attachments) {
        if (!"exact".equals(format)) {
            throw new InvalidStatement("format must be exact (statements are kept as sent), not '" + format + "'");
        }
        if (attachments) {
            throw new InvalidStatement("attachments=true asks for a multipart answer; this LRS keeps no attachments");
        }
    }

    private String recent(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidStatement("limit must be from 1 to " + MAX_LIMIT + ", not " + limit);
        }
        String source = actor.roles().contains("AUDITOR") ? null : actor.name();
        String statements = store.recent(null, source, limit).stream()
                                 .filter(s -> !s.voided() && s.body() != null).map(KeptStatement::body)
                                 .collect(Collectors.joining(","));
        return "{\"statements\":[" + statements + "],\"more\":\"\"}";
    }

    private boolean readable(KeptStatement statement) {
        return statement.source().equals(actor.name()) || actor.roles().contains("AUDITOR");
    }

    private static ObjectNode object(JsonNode statement) {
        if (statement == null || !statement.isObject()) {
            throw new InvalidStatement("A statement must be a JSON object, not "
                                               + (statement == null ? "nothing" : statement.getNodeType()));
        }
        String invalidText = ValidUnicodeText.check(statement);
        if (invalidText != null) {
            throw new InvalidStatement(invalidText + " is not valid Unicode text");
        }
        return (ObjectNode) statement;
    }

    private static String homePage() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }

    @ExceptionHandler(InvalidStatement.class)
    ResponseEntity<ProblemDetail> invalid(InvalidStatement e) {
        return Problems.answer(Problems.of(HttpStatus.BAD_REQUEST, "invalid-statement", "Invalid xAPI statement",
                                           e.getMessage()));
    }

    @ExceptionHandler(ConflictingStatement.class)
    ResponseEntity<ProblemDetail> conflict(ConflictingStatement e) {
        return Problems.answer(Problems.of(HttpStatus.CONFLICT, "statement-conflict", "Statement id already used",
                                           e.getMessage()));
    }
}
