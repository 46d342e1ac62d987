package io.careerhistory.infra.xapi;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of xAPI 1.0.3 (section 2.2, "Statement Properties") that a learning record store must enforce on what it
 * receives: the properties a statement may have, their types, ids as UUIDs, IRIs, agents with exactly one identifier,
 * ISO 8601 timestamps with a zone and durations, a 1.0.x version, and a voiding statement that refers to a statement.
 */
final class StatementRules {

    static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

    private static final Set<String> PROPERTIES = Set.of("id", "actor", "verb", "object", "result", "context",
                                                         "timestamp", "stored", "authority", "version", "attachments");
    private static final Set<String> SUB_STATEMENT_FORBIDDEN = Set.of("id", "stored", "version", "authority");
    private static final List<String> IDENTIFIERS = List.of("mbox", "mbox_sha1sum", "openid", "account");
    private static final Pattern UUID = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final Pattern VERSION = Pattern.compile("^1\\.0(\\.\\d+)?$");
    private static final Pattern SHA1 = Pattern.compile("^[0-9a-fA-F]{40}$");
    private static final Pattern DURATION = Pattern.compile(
            "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$");

    private StatementRules() {
    }

    /** Throws {@link InvalidStatement} naming the first rule {@code statement} breaks. */
    static void check(JsonNode statement) {
        if (statement == null || !statement.isObject()) {
            throw new InvalidStatement("A statement is a JSON object");
        }
        for (Iterator<String> names = statement.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!PROPERTIES.contains(name)) {
                throw new InvalidStatement("A statement has no property '" + name + "'");
            }
        }
        if (statement.has("id")) {
            uuid(statement.get("id"), "id");
        }
        agentOrGroup(required(statement, "actor", "statement"), "actor");
        verb(required(statement, "verb", "statement"));
        String objectType = object(required(statement, "object", "statement"), "object", false);
        if (VOIDED.equals(statement.get("verb").get("id").asText()) && !"StatementRef".equals(objectType)) {
            throw new InvalidStatement("A voiding statement's object is a StatementRef to the statement it voids");
        }
        if (statement.has("result")) {
            result(statement.get("result"));
        }
        if (statement.has("context")) {
            context(statement.get("context"));
        }
        if (statement.has("timestamp")) {
            timestamp(statement.get("timestamp"), "timestamp");
        }
        if (statement.has("stored")) {
            timestamp(statement.get("stored"), "stored");
        }
        if (statement.has("authority")) {
            agentOrGroup(statement.get("authority"), "authority");
        }
        if (statement.has("version") && !(statement.get("version").isTextual()
                && VERSION.matcher(statement.get("version").asText()).matches())) {
            throw new InvalidStatement("version must be 1.0.x, not " + sent(statement.get("version")));
        }
        if (statement.has("attachments") && !statement.get("attachments").isArray()) {
            throw new InvalidStatement("attachments must be an array");
        }
    }

    /** A value as sent, quoted and cut short: echoed to help, not to reflect whatever arrived. */
    static String sent(JsonNode value) {
        String text = value.isTextual() ? value.asText() : value.toString();
        return "'" + (text.length() > 40 ? text.substring(0, 40) + "\u2026" : text) + "'";
    }

    static boolean isUuid(String value) {
        return value != null && UUID.matcher(value).matches();
    }

    private static JsonNode required(JsonNode parent, String name, String where) {
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            throw new InvalidStatement("A " + where + " needs '" + name + "'");
        }
        return value;
    }

    private static void uuid(JsonNode value, String where) {
        if (!value.isTextual() || !isUuid(value.asText())) {
            throw new InvalidStatement(where + " must be a UUID, not " + sent(value));
        }
    }

    private static void iri(JsonNode value, String where) {
        try {
            if (!value.isTextual() || !new URI(value.asText()).isAbsolute()) {
                throw new InvalidStatement(where + " must be an absolute IRI, not " + sent(value));
            }
        } catch (URISyntaxException e) {
            throw new InvalidStatement(where + " must be an absolute IRI, not " + sent(value));
        }
    }

    private static void languageMap(JsonNode value, String where) {
        if (!value.isObject()) {
            throw new InvalidStatement(where + " must be a language map (an object of language tag to text)");
        }
        value.fields().forEachRemaining(entry -> {
            if (!entry.getValue().isTextual()) {
                throw new InvalidStatement(where + "." + entry.getKey() + " must be text");
            }
        });
    }

    private static void agentOrGroup(JsonNode actor, String where) {
        if (!actor.isObject()) {
            throw new InvalidStatement(where + " must be an Agent or a Group");
        }
        String type = actor.has("objectType") ? actor.get("objectType").asText() : "Agent";
        long identifiers = IDENTIFIERS.stream().filter(actor::has).count();
        if ("Agent".equals(type) && identifiers != 1) {
            throw new InvalidStatement(where + " (an Agent) needs exactly one of mbox, mbox_sha1sum, openid, account; has "
                                               + identifiers);
        }
        if ("Group".equals(type)) {
            if (identifiers > 1) {
                throw new InvalidStatement(where + " (a Group) has at most one identifier");
            }
            if (identifiers == 0 && !(actor.has("member") && actor.get("member").isArray())) {
                throw new InvalidStatement(where + " (an anonymous Group) lists its members");
            }
        } else if (!"Agent".equals(type)) {
            throw new InvalidStatement(where + ".objectType must be Agent or Group, not '" + type + "'");
        }
        if (actor.has("mbox") && !actor.get("mbox").asText().startsWith("mailto:")) {
            throw new InvalidStatement(where + ".mbox must be a mailto: IRI");
        }
        if (actor.has("mbox_sha1sum") && !SHA1.matcher(actor.get("mbox_sha1sum").asText()).matches()) {
            throw new InvalidStatement(where + ".mbox_sha1sum must be a SHA-1 hex digest");
        }
        if (actor.has("openid")) {
            iri(actor.get("openid"), where + ".openid");
        }
        if (actor.has("account")) {
            JsonNode account = actor.get("account");
            iri(required(account, "homePage", where + ".account"), where + ".account.homePage");
            if (!required(account, "name", where + ".account").isTextual()) {
                throw new InvalidStatement(where + ".account.name must be text");
            }
        }
    }

    private static void verb(JsonNode verb) {
        if (!verb.isObject()) {
            throw new InvalidStatement("verb must be an object with an id");
        }
        iri(required(verb, "id", "verb"), "verb.id");
        if (verb.has("display")) {
            languageMap(verb.get("display"), "verb.display");
        }
    }

    /** Checks the object and answers its type. */
    private static String object(JsonNode object, String where, boolean inSubStatement) {
        if (!object.isObject()) {
            throw new InvalidStatement(where + " must be an object");
        }
        String type = object.has("objectType") ? object.get("objectType").asText() : "Activity";
        switch (type) {
            case "Activity" -> {
                iri(required(object, "id", where), where + ".id");
                JsonNode definition = object.get("definition");
                if (definition != null) {
                    if (!definition.isObject()) {
                        throw new InvalidStatement(where + ".definition must be an object");
                    }
                    for (String map : List.of("name", "description")) {
                        if (definition.has(map)) {
                            languageMap(definition.get(map), where + ".definition." + map);
                        }
                    }
                }
            }
            case "Agent", "Group" -> agentOrGroup(object, where);
            case "StatementRef" -> uuid(required(object, "id", where), where + ".id");
            case "SubStatement" -> subStatement(object, where, inSubStatement);
            default -> throw new InvalidStatement(where + ".objectType " + type + " is not an xAPI object type");
        }
        return type;
    }

    private static void subStatement(JsonNode sub, String where, boolean nested) {
        if (nested) {
            throw new InvalidStatement("A SubStatement cannot hold another SubStatement");
        }
        for (String forbidden : SUB_STATEMENT_FORBIDDEN) {
            if (sub.has(forbidden)) {
                throw new InvalidStatement("A SubStatement has no '" + forbidden + "'");
            }
        }
        agentOrGroup(required(sub, "actor", "SubStatement"), where + ".actor");
        verb(required(sub, "verb", "SubStatement"));
        object(required(sub, "object", "SubStatement"), where + ".object", true);
    }

    private static void result(JsonNode result) {
        if (!result.isObject()) {
            throw new InvalidStatement("result must be an object");
        }
        for (String flag : List.of("completion", "success")) {
            if (result.has(flag) && !result.get(flag).isBoolean()) {
                throw new InvalidStatement("result." + flag + " must be true or false, not " + sent(result.get(flag)));
            }
        }
        if (result.has("duration") && !(result.get("duration").isTextual()
                && DURATION.matcher(result.get("duration").asText()).matches())) {
            throw new InvalidStatement("result.duration must be an ISO 8601 duration, not "
                                               + sent(result.get("duration")));
        }
        if (result.has("score") && !result.get("score").isObject()) {
            throw new InvalidStatement("result.score must be an object");
        }
    }

    private static void context(JsonNode context) {
        if (!context.isObject()) {
            throw new InvalidStatement("context must be an object");
        }
        if (context.has("registration")) {
            uuid(context.get("registration"), "context.registration");
        }
        if (context.has("instructor")) {
            agentOrGroup(context.get("instructor"), "context.instructor");
        }
    }

    private static void timestamp(JsonNode value, String where) {
        // RFC 3339 forbids "-00:00" (an unknown offset): the moment must be known.
        if (!value.isTextual() || value.asText().endsWith("-00:00")) {
            throw new InvalidStatement(where + " must be an ISO 8601 date and time with its offset, not "
                                               + sent(value));
        }
        try {
            OffsetDateTime.parse(value.asText(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new InvalidStatement(where + " must be an ISO 8601 date and time with its offset, not "
                                               + sent(value));
        }
    }
}
