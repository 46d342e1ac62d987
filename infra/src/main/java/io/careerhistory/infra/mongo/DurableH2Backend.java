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

    private final GroupCommit commits;

    DurableH2Backend(MVStore store) {
        super(store);
        this.commits = new GroupCommit(store::commit);
    }

    /** Opens the file, the first time also putting back what writes torn in an older version left out. */
    public static DurableH2Backend open(Path file) {
        MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
        DurableH2Backend backend = new DurableH2Backend(store);
        new TornWriteRepair(store, backend).runOnce();
        return backend;
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if (!WRITE_COMMANDS.contains(command.toLowerCase())) {
            return super.handleCommand(channel, database, command, query);
        }
        return commits.write(() -> super.handleCommand(channel, database, command, query));
    }

    /** Closing the MVStore commits what it holds, so it too waits until no write is half done. */
    @Override
    public void close() {
        commits.betweenWrites(super::close);
    }
}
