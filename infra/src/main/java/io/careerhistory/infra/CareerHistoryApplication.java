package io.careerhistory.infra;

import io.careerhistory.infra.audit.VerifyCommand;
import io.careerhistory.infra.bench.BenchmarkCommand;
import io.careerhistory.infra.bench.QueryBenchmarkCommand;
import io.careerhistory.infra.bench.RebuildBenchmarkCommand;
import io.careerhistory.infra.cli.Commands;
import io.careerhistory.infra.cluster.MongoServerCommand;
import io.careerhistory.infra.export.ExportCommand;
import io.careerhistory.infra.importing.ImportCommand;
import io.careerhistory.infra.load.LoadCommand;
import io.careerhistory.infra.projections.RebuildCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The one runnable jar. With options only (or none) it serves the command and query sides; a command's name first runs
 * that command instead: the benchmarks, the tamper check of the store, commands that work through the running
 * application's API, and the embedded MongoDB on its own ({@code help} lists them, {@link Commands}).
 * Spring's own MongoDB client is switched off: ours is in {@code MongoConfiguration}.
 */
@SpringBootApplication(scanBasePackages = "io.careerhistory",
                       exclude = {MongoAutoConfiguration.class, MongoDataAutoConfiguration.class})
@ConfigurationPropertiesScan
public class CareerHistoryApplication {

    public static void main(String[] args) throws Exception {
        Commands.Choice choice = new Commands()
                .add("bench", "the event store benchmark",
                     BenchmarkCommand.USAGE, BenchmarkCommand::run)
                .add("bench-queries", "the query latency benchmark",
                     QueryBenchmarkCommand.USAGE, QueryBenchmarkCommand::run)
                .add("bench-rebuild", "the rebuild and export throughput benchmark",
                     RebuildBenchmarkCommand.USAGE, RebuildBenchmarkCommand::run)
                .add("verify", "the tamper check of the store, with the application stopped",
                     VerifyCommand.USAGE, VerifyCommand::run)
                .add("rebuild", "a projection rebuild, through the running application",
                     RebuildCommand.USAGE, RebuildCommand::run)
                .add("export", "an event export, through the running application",
                     ExportCommand.USAGE, ExportCommand::run)
                .add("import", "an HRIS import, through the running application",
                     ImportCommand.USAGE, ImportCommand::run)
                .add("load", "a load test against the running application",
                     LoadCommand.USAGE, LoadCommand::run)
                .add("mongo-server", "the embedded MongoDB on its own, for several nodes to share",
                     MongoServerCommand.USAGE, MongoServerCommand::run)
                .choose(args, System.out, System.err);
        if (choice.serve()) {
            SpringApplication.run(CareerHistoryApplication.class, args);
        } else {
            System.exit(choice.command().run(args));
        }
    }
}
