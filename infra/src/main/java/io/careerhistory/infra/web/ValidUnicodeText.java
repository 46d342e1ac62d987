package io.careerhistory.infra.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Text from requests must be valid Unicode: a JSON escape can spell half of a surrogate pair ({@code "\ud800"}),
 * which no text holds and which MongoDB would store as {@code ?}. Every string of a request body read into a record
 * is checked (Spring's ObjectMapper picks this module up); bodies read as trees (xAPI) check with {@link #check}.
 */
@Configuration(proxyBeanMethods = false)
public class ValidUnicodeText {

    static final String PROBLEM = "is not valid Unicode text (it holds half of a surrogate pair)";

    @Bean
    SimpleModule validUnicodeTextModule() {
        SimpleModule module = new SimpleModule("valid-unicode-text");
        module.addDeserializer(String.class, new Checked());
        return module;
    }

    public static boolean isValid(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** The path of the first field name or text in the tree that is not valid Unicode, or null. */
    public static String check(JsonNode tree) {
        return check(tree, "");
    }

    private static String check(JsonNode node, String path) {
        if (node.isTextual()) {
            return isValid(node.asText()) ? null : path;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = check(node.get(i), path + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String here = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            String found = isValid(field.getKey()) ? check(field.getValue(), here) : here;
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static final class Checked extends StdScalarDeserializer<String> {
        Checked() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && !isValid(text)) {
                throw context.weirdStringException(text, String.class, PROBLEM);
            }
            return text;
        }
    }
}
