package io.careerhistory.infra.mongo;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * mongo-java-server's H2 backend, made to keep every write it acknowledged when the process is killed.
 *
 * <p>As it comes, the backend's MVStore commits in the background about once a second, so a {@code kill -9}
 * loses the writes of the last moments. Here the MVStore is opened without auto-commit and every write command
 * is committed to the file before its reply is sent. Commits are grouped: a writer whose write is already covered
 * by a commit another thread made after it skips its own, so concurrent writers share one commit.
 * The commit reaches the operating system (surviving a process kill), not necessarily the disk (a power cut):
 * see docs/adr/0003-embedded-mongodb.md.
 */
public class DurableH2Backend extends H2Backend {

    private static final Set<String> WRITE_COMMANDS = Set.of(
            "insert", "update", "delete", "findandmodify", "createindexes", "drop", "dropdatabase", "dropindexes",
            "renamecollection", "create");

    private final MVStore store;
    private final AtomicLong writesDone = new AtomicLong();
    private final Object commitLock = new Object();
    private long writesCommitted;

    private DurableH2Backend(MVStore store) {
        super(store);
        this.store = store;
    }

    public static DurableH2Backend open(Path file) {
        MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
        return new DurableH2Backend(store);
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        Document reply = super.handleCommand(channel, database, command, query);
        if (WRITE_COMMANDS.contains(command.toLowerCase())) {
            commitUpTo(writesDone.incrementAndGet());
        }
        return reply;
    }

    private void commitUpTo(long write) {
        synchronized (commitLock) {
            if (writesCommitted >= write) {
                return; // a commit made after our write already covers it
            }
            long covered = writesDone.get();
            store.commit();
            writesCommitted = covered;
        }
    }
}
