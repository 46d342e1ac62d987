package io.careerhistory.infra.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the jar does with its arguments: a command's name first runs that command; no name serves the application,
 * whose arguments must all be {@code --name=value} options. A word that is neither (a misspelt command, the value
 * of {@code --server.port 9090} written with a space) is refused, never silently ignored by a server that starts.
 * {@code help <command>}, or {@code --help} among a command's arguments, prints that command's usage and runs nothing.
 */
public final class Commands {

    /** A command: runs with every argument, its own name first, and returns the exit code. */
    @FunctionalInterface
    public interface Command {
        int run(String[] args) throws Exception;
    }

    /** What {@link #choose} decided: run a command or print help (and exit with the code), or serve. */
    public record Choice(Command command, boolean serve) {
    }

    public static final int USAGE_ERROR = 2;

    private static final List<String> HELP = List.of("help", "--help", "-h");
    private static final List<String> HELP_OPTIONS = List.of("--help", "-h");

    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final Map<String, String> descriptions = new LinkedHashMap<>();
    private final Map<String, String> usages = new LinkedHashMap<>();

    /** A command by its name, a line for the list and its usage: what it does, every option and the exit codes. */
    public Commands add(String name, String description, String usage, Command command) {
        commands.put(name, command);
        descriptions.put(name, description);
        usages.put(name, usage);
        return this;
    }

    public Choice choose(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            return new Choice(null, true);
        }
        String first = args[0];
        if (commands.containsKey(first)) {
            boolean help = Arrays.stream(args).skip(1).anyMatch(HELP_OPTIONS::contains);
            return help ? printing(out, usages.get(first)) : new Choice(commands.get(first), false);
        }
        if (HELP.contains(first)) {
            if (args.length > 1 && usages.containsKey(args[1])) {
                return printing(out, usages.get(args[1]));
            }
            if (args.length > 1) {
                return refusing(err, "no command '" + args[1] + "'");
            }
            return printing(out, usage());
        }
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                String problem = first.equals(arg) && !arg.startsWith("-")
                        ? "unknown command '" + arg + "'"
                        : "'" + arg + "' is not an option: write options as --name=value";
                return refusing(err, problem);
            }
        }
        return new Choice(null, true);
    }

    private static Choice printing(PrintStream out, String text) {
        return new Choice(ignored -> {
            out.print(text);
            return 0;
        }, false);
    }

    private Choice refusing(PrintStream err, String problem) {
        return new Choice(ignored -> {
            err.println("career-history: " + problem + "\n");
            err.print(usage());
            return USAGE_ERROR;
        }, false);
    }

    String usage() {
        StringBuilder usage = new StringBuilder("""
                usage: java -jar career-history.jar [--name=value ...]   serve the application (e.g. --server.port=9090,
                                                                           --career.demo-data=true; see the README)
                       java -jar career-history.jar <command> [options]   run a command:
                """);
        descriptions.forEach((name, description) -> usage.append(String.format("  %-14s %s%n", name, description)));
        return usage.append("java -jar career-history.jar help <command> (or <command> --help) for its options\n")
                    .toString();
    }
}
