package io.careerhistory.infra.promotion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/** Where two JSON documents differ, leaf by leaf, as paths like {@code criteria[2].actual}. */
final class JsonDifferences {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Difference(String path, String recorded, String rederived) {
    }

    private JsonDifferences() {
    }

    static List<Difference> between(String recorded, String rederived) {
        Map<String, String> before = leaves(recorded);
        Map<String, String> after = leaves(rederived);
        TreeSet<String> paths = new TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        List<Difference> differences = new ArrayList<>();
        for (String path : paths) {
            if (!Objects.equals(before.get(path), after.get(path))) {
                differences.add(new Difference(path, before.get(path), after.get(path)));
            }
        }
        return differences;
    }

    private static Map<String, String> leaves(String json) {
        Map<String, String> leaves = new TreeMap<>();
        try {
            collect("", JSON.readTree(json), leaves);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return leaves;
    }

    private static void collect(String path, JsonNode node, Map<String, String> leaves) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> collect(path.isEmpty() ? f.getKey() : path + "." + f.getKey(), f.getValue(),
                                                        leaves));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(path + "[" + i + "]", node.get(i), leaves);
            }
        } else {
            leaves.put(path, node.isNull() ? null : node.asText());
        }
    }
}
