package io.careerhistory.infra.eventstore;

import com.mongodb.client.MongoCollection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;

import static com.mongodb.client.model.Filters.in;

/** Fetches the commits at positions [from, from + size) in position order: one {@code _id $in} key lookup. */
final class CommitBatches {

    private CommitBatches() {
    }

    static List<StoredCommit> fetch(MongoCollection<StoredCommit> commits, long from, int size) {
        List<Long> positions = LongStream.range(from, from + size).boxed().toList();
        List<StoredCommit> batch = new ArrayList<>(size);
        // One reply for the whole batch: by default the server sends the first 101 and the rest on a second round trip.
        commits.find(in("_id", positions)).batchSize(size).into(batch);
        batch.sort(Comparator.comparingLong(StoredCommit::position));
        return batch;
    }
}
