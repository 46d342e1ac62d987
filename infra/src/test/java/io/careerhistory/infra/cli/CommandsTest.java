package io.careerhistory.infra.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CommandsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Commands commands = new Commands().add("export", "an event export", "usage: export --out=FILE\n",
                                                         args -> 7)
                                                    .add("verify", "the tamper check", "usage: verify\n", args -> 0);

    private Commands.Choice choose(String... args) {
        return commands.choose(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                               new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void noArgumentsOrOptionsOnlyServeTheApplication() {
        assertThat(choose().serve()).isTrue();
        assertThat(choose("--server.port=9090", "--career.demo-data=true", "--debug").serve()).isTrue();
    }

    @Test
    void aCommandsNameRunsThatCommandWithItsExitCode() throws Exception {
        Commands.Choice choice = choose("export", "--out=events.ndjson");
        assertThat(choice.serve()).isFalse();
        assertThat(choice.command().run(new String[] {"export", "--out=events.ndjson"})).isEqualTo(7);
    }

    @Test
    void helpListsEveryCommand() throws Exception {
        Commands.Choice choice = choose("help");
        assertThat(choice.serve()).isFalse();
        assertThat(choice.command().run(new String[] {"help"})).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("export", "an event export", "verify",
                                                                   "the tamper check", "--server.port=9090",
                                                                   "help <command>");
    }

    @Test
    void helpOnACommandPrintsItsUsageAndRunsNothing() throws Exception {
        for (String[] asked : new String[][] {{"export", "--out=x", "--help"}, {"export", "-h"}, {"help", "export"}}) {
            Commands.Choice choice = choose(asked);
            assertThat(choice.serve()).isFalse();
            assertThat(choice.command().run(asked)).as(String.join(" ", asked)).isZero();
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("usage: export --out=FILE\n".repeat(3));
    }

    @Test
    void helpOnACommandThatDoesNotExistIsRefusedWithTheList() throws Exception {
        Commands.Choice choice = choose("help", "exprot");
        assertThat(choice.command().run(new String[] {"help", "exprot"})).isEqualTo(Commands.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no command 'exprot'", "export", "verify");
    }

    @Test
    void aMisspeltCommandIsRefusedWithTheListInsteadOfStartingTheServer() throws Exception {
        Commands.Choice choice = choose("exprot", "--out=events.ndjson");
        assertThat(choice.serve()).isFalse();
        assertThat(choice.command().run(new String[] {"exprot"})).isEqualTo(Commands.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command 'exprot'", "export", "verify");
    }

    @Test
    void anOptionsValueWrittenWithASpaceIsRefusedRatherThanIgnored() throws Exception {
        Commands.Choice choice = choose("--server.port", "9090");
        assertThat(choice.serve()).isFalse();
        assertThat(choice.command().run(new String[0])).isEqualTo(Commands.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("'9090' is not an option: write options as --name=value");
    }
}
