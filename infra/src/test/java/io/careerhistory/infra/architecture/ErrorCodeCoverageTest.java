package io.careerhistory.infra.architecture;

import io.careerhistory.command.api.ErrorCode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every business error code is a promise to clients, so each must be produced by an Axon fixture test
 * ({@code violating(ErrorCode.X)} in command-side) and by an HTTP test (the code, as a string, asserted in an infra
 * web test).
 */
class ErrorCodeCoverageTest {

    private static final Path FIXTURE_TESTS = Path.of("../command-side/src/test/java");
    private static final Path HTTP_TESTS = Path.of("src/test/java/io/careerhistory/infra/web");

    @Test
    void everyErrorCodeHasAFixtureTestThatProducesIt() {
        String fixtures = sourcesUnder(FIXTURE_TESTS);
        assertThat(Arrays.stream(ErrorCode.values())
                         .filter(code -> !fixtures.contains("violating(ErrorCode." + code.name() + ")")))
                .as("error codes no Axon fixture test expects").isEmpty();
    }

    @Test
    void everyErrorCodeHasAnHttpTestThatProducesIt() {
        String httpTests = sourcesUnder(HTTP_TESTS);
        assertThat(Arrays.stream(ErrorCode.values())
                         .filter(code -> !httpTests.contains("\"" + code.name() + "\"")))
                .as("error codes no HTTP test asserts").isEmpty();
    }

    private static String sourcesUnder(Path root) {
        assertThat(root).as("test sources at " + root.toAbsolutePath()).isDirectory();
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> sources = files.filter(f -> f.toString().endsWith(".java")).toList();
            StringBuilder all = new StringBuilder();
            for (Path source : sources) {
                all.append(Files.readString(source)).append('\n');
            }
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
