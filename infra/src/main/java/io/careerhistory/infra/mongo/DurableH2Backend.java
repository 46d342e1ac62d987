package io.careerhistory.infra.mongo;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

import java.nio.file.Path;
import java.util.Set;

/**
 * mongo-java-server's H2 backend, made to keep every write it acknowledged when the process is killed, and never half
 * of a write.
 *
 * <p>As it comes, the backend's MVStore commits in the background about once a second, so a {@code kill -9}
 * loses the writes of the last moments. Here the MVStore is opened without auto-commit and every write command
 * is committed to the file before its reply is sent, in groups and only between writes ({@link GroupCommit}): a
 * write stores its document and then its index keys one map at a time, and a commit in between would put a document
 * on disk without its keys. The commit reaches the operating system (surviving a process kill), not necessarily the
 * disk (a power cut): see docs/adr/0003-embedded-mongodb.md.
 */
public class DurableH2Backend extends H2Backend {

    private static final Set<String> WRITE_COMMANDS = Set.of(
            "insert", "update", "delete", "findandmodify", "createindexes", "drop", "dropdatabase", "dropindexes",
            "renamecollection", "create");

    private final MVStore store;
    private final GroupCommit commits;

    DurableH2Backend(MVStore store) {
        super(store);
        // H2 keeps a dead chunk until 45 s after it was written, for a disk that has not yet written the newer ones
        // in a power cut, which this store does not promise to survive; kept that long, they made the file hundreds of
        // MB. A chunk a command still reads is kept all the same (handleCommand).
        store.setRetentionTime(0);
        this.store = store;
        this.commits = new GroupCommit(new DataFileCommit(
                store::commit, () -> store.compact(DataFileCommit.TARGET_FILL_RATE, DataFileCommit.REWRITE_BYTES)));
    }

    /** Opens the file, the first time also putting back what writes torn in an older version left out. */
    public static DurableH2Backend open(Path file) {
        MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
        DurableH2Backend backend = new DurableH2Backend(store);
        new TornWriteRepair(store, backend).runOnce();
        return backend;
    }

    /**
     * Every command, reads too, registers the version it reads, so that no chunk it may still read is written over
     * meanwhile, now that a dead chunk is not kept for a while. A query's results are complete when it returns (the
     * backend collects them into a list), and the server closes the store only once no command runs.
     */
    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        MVStore.TxCounter reading = store.registerVersionUsage();
        try {
            if (!WRITE_COMMANDS.contains(command.toLowerCase())) {
                return super.handleCommand(channel, database, command, query);
            }
            return commits.write(() -> super.handleCommand(channel, database, command, query));
        } finally {
            store.deregisterVersionUsage(reading);
        }
    }

    /** Closing the MVStore commits what it holds, so it too waits until no write is half done. */
    @Override
    public void close() {
        commits.betweenWrites(super::close);
    }
}
