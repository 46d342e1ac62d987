package io.careerhistory.infra.cluster;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NodeRolesTest {

    @Test
    void eachRoleRunsItsSidesAndAnUnknownOneIsRefusedByName() {
        assertThat(new NodeRoles("both").runsCommandSide()).isTrue();
        assertThat(new NodeRoles("both").runsQuerySide()).isTrue();
        assertThat(new NodeRoles(" Command ").runsQuerySide()).isFalse();
        assertThat(new NodeRoles("query").runsCommandSide()).isFalse();
        assertThatThrownBy(() -> new NodeRoles("reader")).hasMessage(
                "career.roles is one of both, command, query; was 'reader'");
    }

    @Test
    void theMongoServerCommandRefusesABadPortOrOptionWithAMessage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        assertThat(MongoServerCommand.run(new String[] {"mongo-server", "--port=99999"}, out, errors)).isEqualTo(2);
        assertThat(MongoServerCommand.run(new String[] {"mongo-server", "--colour=red"}, out, errors)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--port must be a port number (1-65535), not '99999'")
                                                        .contains("unknown option --colour=red");
    }
}
