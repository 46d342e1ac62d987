package io.careerhistory.infra.eventstore;

import org.bson.BsonDocument;
import org.bson.BsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Judges driver commands by the embedded server's index rules: on the events collections a query must be a key
 * lookup (equality or {@code $in} on {@code _id} or on the uniquely indexed {@code streamKeys}), never a range,
 * a sort, or part of a compound key. Nothing may use a transaction, which a standalone MongoDB refuses.
 */
final class QueryShapes {

    private static final Set<String> KEY_FIELDS = Set.of("_id", "streamKeys");
    private static final Set<String> EVENT_COLLECTIONS = Set.of("commits", "snapshots");

    private QueryShapes() {
    }

    static List<String> violations(List<BsonDocument> commands) {
        List<String> violations = new ArrayList<>();
        for (BsonDocument command : commands) {
            if (command.containsKey("txnNumber") && command.containsKey("startTransaction")
                    || command.containsKey("commitTransaction") || command.containsKey("abortTransaction")) {
                violations.add("transaction: " + command.toJson());
            }
            String name = command.getFirstKey();
            if (!(command.get(name) instanceof org.bson.BsonString collection)
                    || !EVENT_COLLECTIONS.contains(collection.getValue())) {
                continue;
            }
            switch (name) {
                case "find" -> checkFind(command, violations);
                case "update", "delete" -> checkWrites(command, name.equals("update") ? "updates" : "deletes", violations);
                case "aggregate", "count", "distinct", "findAndModify" -> violations.add(name + " scans: " + command.toJson());
                default -> { }
            }
        }
        return violations;
    }

    private static void checkFind(BsonDocument command, List<String> violations) {
        if (command.containsKey("sort") && !command.getDocument("sort").isEmpty()) {
            violations.add("sort: " + command.toJson());
        }
        checkFilter(command.getDocument("filter", new BsonDocument()), command, violations);
    }

    private static void checkWrites(BsonDocument command, String listKey, List<String> violations) {
        for (BsonValue statement : command.getArray(listKey, new org.bson.BsonArray())) {
            checkFilter(statement.asDocument().getDocument("q", new BsonDocument()), command, violations);
        }
    }

    private static void checkFilter(BsonDocument filter, BsonDocument command, List<String> violations) {
        if (filter.size() != 1 || !KEY_FIELDS.contains(filter.getFirstKey())) {
            violations.add("not a lookup on one unique key: " + command.toJson());
            return;
        }
        BsonValue condition = filter.get(filter.getFirstKey());
        if (condition.isDocument()) {
            BsonDocument operators = condition.asDocument();
            if (operators.size() != 1 || !operators.containsKey("$in")) {
                violations.add("range or operator other than $in: " + command.toJson());
            }
        }
    }
}
