package io.careerhistory.infra.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.careerhistory.query.common.RecordedHistory;
import org.springframework.stereotype.Component;

import java.time.Instant;

import static com.mongodb.client.model.Filters.eq;

/**
 * "What had the store recorded by then?": the last commit recorded at or before a moment, found by bisecting the
 * commit positions with key lookups (commits are recorded in position order, give or take the few milliseconds
 * between parallel writers, ADR 0018), and the global position of its last event.
 */
@Component
public class CommitRecordedHistory implements RecordedHistory {

    private final MongoCollection<StoredCommit> commits;

    CommitRecordedHistory(MongoDatabase database) {
        this.commits = StoreCollections.commits(database);
    }

    @Override
    public long lastPositionRecordedBy(Instant moment) {
        long low = 0; // a position recorded by then (0: none is)
        long high = StoreHead.locate(commits, 0).position() + 1; // a position recorded after, or not at all
        while (high - low > 1) {
            long middle = low + (high - low) / 2;
            StoredCommit commit = commits.find(eq("_id", middle)).first();
            if (commit != null && !Instant.parse(commit.recordedAt()).isAfter(moment)) {
                low = middle;
            } else {
                high = middle;
            }
        }
        if (low == 0) {
            return -1;
        }
        return commits.find(eq("_id", low)).first().lastGlobalIndex();
    }
}
