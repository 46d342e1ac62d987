package io.careerhistory.infra;

import io.careerhistory.infra.audit.VerifyCommand;
import io.careerhistory.infra.bench.BenchmarkCommand;
import io.careerhistory.infra.bench.QueryBenchmarkCommand;
import io.careerhistory.infra.bench.RebuildBenchmarkCommand;
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
 * The one runnable jar. Without arguments it serves the command and query sides; {@code bench} runs the event store
 * benchmark instead, {@code bench-queries} the query latency benchmark, {@code bench-rebuild} the rebuild and export
 * throughput benchmark, {@code verify} the tamper check of the store,
 * {@code rebuild} a projection rebuild, {@code export} an event export, {@code import} an HRIS import and {@code load} a
 * load test, all through the running application's API; {@code mongo-server} serves the embedded MongoDB on its own,
 * for several nodes to share.
 * Spring's own MongoDB client is switched off: ours is in {@code MongoConfiguration}.
 */
@SpringBootApplication(scanBasePackages = "io.careerhistory",
                       exclude = {MongoAutoConfiguration.class, MongoDataAutoConfiguration.class})
@ConfigurationPropertiesScan
public class CareerHistoryApplication {

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("bench")) {
            System.exit(BenchmarkCommand.run(args));
        }
        if (args.length > 0 && args[0].equals("bench-queries")) {
            System.exit(QueryBenchmarkCommand.run(args));
        }
        if (args.length > 0 && args[0].equals("bench-rebuild")) {
            System.exit(RebuildBenchmarkCommand.run(args));
        }
        if (args.length > 0 && args[0].equals("verify")) {
            System.exit(VerifyCommand.run(args));
        }
        if (args.length > 0 && args[0].equals("rebuild")) {
            System.exit(RebuildCommand.run(args));
        }
        if (args.length > 0 && args[0].equals("export")) {
            System.exit(ExportCommand.run(args));
        }
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(ImportCommand.run(args));
        }
        if (args.length > 0 && args[0].equals("load")) {
            System.exit(LoadCommand.run(args));
        }
        if (args.length > 0 && args[0].equals("mongo-server")) {
            System.exit(MongoServerCommand.run(args));
        }
        SpringApplication.run(CareerHistoryApplication.class, args);
    }
}
