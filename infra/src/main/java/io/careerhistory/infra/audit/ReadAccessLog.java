package io.careerhistory.infra.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * {@code read_access_log}: who read a promotion's audit record or someone's feedback (on their timeline), and when.
 * Insert-only; auditors read it.
 */
@Component
public class ReadAccessLog {

    static final String COLLECTION = "read_access_log";

    private final MongoCollection<Document> log;
    private final Clock clock;

    ReadAccessLog(MongoDatabase database, Clock clock) {
        this.log = database.getCollection(COLLECTION);
        this.clock = clock;
    }

    /** One read: who, what kind of record, whose or which one, and the path asked. */
    public record Read(String reader, String record, String subject, String path, String at) {
    }

    void record(String reader, String record, String subject, String path) {
        log.insertOne(new Document("_id", UUID.randomUUID().toString()).append("reader", reader).append("record", record)
                                                                     .append("subject", subject).append("path", path)
                                                                     .append("at", clock.instant().toString()));
    }

    /** The reads, newest first, of a subject and/or by a reader (null for any), at most {@code limit}. */
    public List<Read> find(String subject, String reader, int limit) {
        List<Read> reads = new ArrayList<>();
        log.find().forEach(d -> {
            if ((subject == null || subject.equals(d.getString("subject")))
                    && (reader == null || reader.equals(d.getString("reader")))) {
                reads.add(new Read(d.getString("reader"), d.getString("record"), d.getString("subject"),
                                   d.getString("path"), d.getString("at")));
            }
        });
        reads.sort(Comparator.comparing(Read::at).reversed());
        return reads.subList(0, Math.min(limit, reads.size()));
    }
}
