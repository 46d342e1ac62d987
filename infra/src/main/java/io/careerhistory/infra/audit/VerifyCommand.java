package io.careerhistory.infra.audit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.careerhistory.infra.eventstore.CommitHasher;
import io.careerhistory.infra.eventstore.HashChainVerifier;
import io.careerhistory.infra.eventstore.MongoCommitEventStorageEngine;
import io.careerhistory.infra.eventstore.StoreCheckpoints;
import io.careerhistory.infra.mongo.DataDirectoryInUse;
import io.careerhistory.infra.mongo.EmbeddedMongoServer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code java -jar career-history.jar verify [--mongodb-uri=URI] [--database=NAME] [--data-dir=DIR] [--hmac-key=KEY]}:
 * proves the event store unaltered, or names the first commit that is not, and exits 0 (OK), 1 (ALTERED) or 2 (could
 * not verify). Without a URI it opens the embedded data file in {@code --data-dir} (stop the application first, or ask
 * the running one: {@code GET /api/audit/verify}). The key comes from {@code --hmac-key},
 * {@code CAREER_EVENT_STORE_HMAC_KEY}, or the data directory's {@code hash-chain.key}, as for the application.
 */
public final class VerifyCommand {

    public static final String USAGE = """
            usage: java -jar career-history.jar verify [--data-dir=DIR | --mongodb-uri=URI [--database=NAME]]
                                                       [--hmac-key=KEY]
            Proves the event store unaltered (its keyed hash chain), or names the first commit that is not. The
            embedded store is read from its data file: stop the application first, or ask it (GET /api/audit/verify).
              --data-dir=DIR         the embedded store's directory (default CAREER_DATA_DIR, else ./data)
              --mongodb-uri=URI      a real MongoDB instead (default CAREER_MONGODB_URI)
              --database=NAME        its database (default career-history)
              --hmac-key=KEY         the hash chain's key (default CAREER_EVENT_STORE_HMAC_KEY, else the data
                                     directory's hash-chain.key)
            Exit 0 OK, 1 ALTERED, 2 could not verify.
            """;

    private static final String KEY_FILE = "hash-chain.key";

    private VerifyCommand() {
    }

    public static int run(String[] args) {
        try {
            return verify(options(args), System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("verify: " + e.getMessage());
            return 2;
        } catch (DataDirectoryInUse e) {
            System.err.println("verify: " + e.getMessage() + ": stop it first, or ask the running application "
                                       + "(GET /api/audit/verify)");
            return 2;
        } catch (Exception e) {
            System.err.println("verify could not read the store: " + e.getMessage());
            return 2;
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : Arrays.copyOfRange(args, 1, args.length)) {
            String[] nameAndValue = arg.split("=", 2);
            if (nameAndValue.length != 2 || !Arrays.asList("--mongodb-uri", "--database", "--data-dir", "--hmac-key")
                                                   .contains(nameAndValue[0])) {
                throw new IllegalArgumentException("unknown option " + arg
                        + "; use --mongodb-uri=URI --database=NAME --data-dir=DIR --hmac-key=KEY");
            }
            options.put(nameAndValue[0], nameAndValue[1]);
        }
        return options;
    }

    static int verify(Map<String, String> options, Map<String, String> environment) throws Exception {
        String uri = options.getOrDefault("--mongodb-uri", environment.get("CAREER_MONGODB_URI"));
        Path dataDir = Path.of(options.getOrDefault("--data-dir", environment.getOrDefault("CAREER_DATA_DIR", "./data")));
        boolean embedded = uri == null || uri.isBlank();
        if (embedded && !Files.exists(dataDir.resolve(EmbeddedMongoServer.DATA_FILE))) {
            throw new IllegalArgumentException("no embedded store in " + dataDir.toAbsolutePath()
                                                       + ": give --data-dir=DIR or --mongodb-uri=URI");
        }
        byte[] key = key(options.get("--hmac-key"), environment.get("CAREER_EVENT_STORE_HMAC_KEY"), dataDir);
        try (EmbeddedMongoServer server = embedded ? EmbeddedMongoServer.onDisk(dataDir) : null;
             MongoClient client = MongoClients.create(embedded ? server.connectionString() : uri)) {
            MongoDatabase database = client.getDatabase(options.getOrDefault("--database", "career-history"));
            CommitHasher hasher = new CommitHasher(key);
            int batch = MongoCommitEventStorageEngine.DEFAULT_BATCH_SIZE;
            StoreCheckpoints checkpoints = new StoreCheckpoints(database, hasher, batch, Clock.systemUTC());
            HashChainVerifier.Result result = new HashChainVerifier(database, hasher, checkpoints, batch,
                                                                    Duration.ofSeconds(2)).verify(position -> { });
            VerificationReport report = VerificationReport.of(result, checkpoints.latest().orElse(null));
            System.out.println(report.line());
            return result.intact() ? 0 : 1;
        }
    }

    private static byte[] key(String option, String environment, Path dataDir) throws Exception {
        String key = option != null ? option : environment;
        if (key == null || key.isBlank()) {
            Path file = dataDir.resolve(KEY_FILE);
            if (!Files.exists(file)) {
                throw new IllegalArgumentException("no hash-chain key: give --hmac-key, CAREER_EVENT_STORE_HMAC_KEY, or a "
                                                           + "data directory with " + KEY_FILE);
            }
            key = Files.readString(file).strip();
        }
        return key.getBytes(StandardCharsets.UTF_8);
    }
}
