package io.careerhistory.infra.importing;

import io.careerhistory.infra.CareerHistoryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code import} command line: every error with its file and line, or a progress bar to 100%; a re-run is a no-op. */
@CareerHistoryIntegrationTest
class ImportCommandIT {

    @LocalServerPort
    int port;

    @TempDir
    Path export;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int importFiles(String... options) {
        String[] args = new String[options.length + 4];
        args[0] = "import";
        args[1] = "--dir=" + export;
        args[2] = "--url=http://localhost:" + port;
        args[3] = "--user=tester";
        System.arraycopy(options, 0, args, 4, options.length);
        return ImportCommand.run(args, Map.of("CAREER_PASSWORD_TESTER", "test-only-password"),
                                 new PrintStream(out, true, StandardCharsets.UTF_8),
                                 new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private void write(String file, String content) throws IOException {
        Files.writeString(export.resolve(file), content);
    }

    @Test
    void importsWithAProgressBarAndARerunRecordsNothing() throws IOException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        write("employees.csv", """
                employee_ref,name,email,login_name,track,level,team,hired_on
                cli-%s,Katherine Johnson,kj.%s@example.com,kj.%s,Data,DA2,Analytics,2019-06-01
                """.formatted(run, run, run));
        write("courses.csv", """
                employee_ref,course_id,title,provider,hours,completed_on
                cli-%s,stats-1,Statistics,ACADEMY,4,2020-01-15
                """.formatted(run));

        assertThat(importFiles("--dry-run=yes")).as("a flag with a value it does not take is no dry run").isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("--dry-run must be given alone, or as --dry-run=true or =false, not 'yes'");
        assertThat(importFiles("--dry-run")).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("valid: 1 employees, 0 levels, 0 promotions, 1 courses");
        assertThat(importFiles("--source=workday")).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("import [").contains("100.0%")
                                                        .contains("import done: 2 recorded, 0 already present, 0 refused");
        assertThat(importFiles()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("import done: 0 recorded, 2 already present (")
                                                        .doesNotContain("{");
    }

    @Test
    void aRefusedImportPrintsEveryErrorWithItsLineAndExitsOne() throws IOException {
        write("courses.csv", """
                employee_ref,course_id,title,provider,hours,completed_on
                nobody,stats-1,Statistics,ACADEMY,four,2020-01-15
                """);
        assertThat(importFiles()).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("import refused, nothing was imported: 2 error(s)")
                .contains("courses.csv:2 employee_ref: no employee nobody")
                .contains("courses.csv:2 hours: hours must be a number, not 'four'");
        Files.delete(export.resolve("courses.csv"));
        assertThat(importFiles()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no employees.csv, levels.csv");
    }
}
