package io.careerhistory.infra.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A command's arguments: words, and {@code --name=value} options (or {@code --flag} alone) among the allowed ones. */
public record CommandLine(List<String> words, Map<String, String> options) {

    /** Parses everything after the command's own name; an option not allowed is an error that names the allowed. */
    public static CommandLine parse(String[] args, Set<String> allowed) {
        List<String> words = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                words.add(arg);
                continue;
            }
            String[] nameAndValue = arg.contains("=") ? arg.split("=", 2) : new String[] {arg, "true"};
            if (!allowed.contains(nameAndValue[0])) {
                throw new IllegalArgumentException("unknown option " + arg + "; the options are "
                                                           + String.join("=... ", allowed.stream().sorted().toList()) + "=...");
            }
            options.put(nameAndValue[0], nameAndValue[1]);
        }
        return new CommandLine(List.copyOf(words), Map.copyOf(options));
    }

    public String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    /** A flag alone is true; given a value, it must be true or false: {@code --dry-run=yes} must not import for real. */
    public boolean has(String flag) {
        String value = options.getOrDefault(flag, "false");
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException(flag + " must be given alone, or as " + flag + "=true or =false, not '"
                                                       + value + "'");
        }
        return Boolean.parseBoolean(value);
    }
}
