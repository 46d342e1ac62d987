package io.careerhistory.query.common;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static com.mongodb.client.model.Filters.eq;

/**
 * {@code view_collections}: which physical collection each view's collection is served from. A rebuild fills a fresh
 * one beside the live one and then switches this pointer in one write (blue/green). Looked up at most every
 * {@link #CACHE_MILLIS} ms; the old collection is dropped only well after that, so a reader never finds it gone.
 */
@Component
public class ViewCollections {

    public static final long CACHE_MILLIS = 500;
    static final String REGISTRY = "view_collections";

    private final MongoCollection<Document> registry;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public ViewCollections(MongoDatabase database) {
        this.registry = database.getCollection(REGISTRY);
    }

    /** The physical collection the view's {@code logical} collection is served from now (itself until a rebuild). */
    public String physical(String logical) {
        Cached cached = cache.get(logical);
        long now = System.nanoTime();
        if (cached != null && now - cached.at() < CACHE_MILLIS * 1_000_000) {
            return cached.physical();
        }
        Document pointer = registry.find(eq("_id", logical)).first();
        String physical = pointer == null ? logical : pointer.getString("physical");
        cache.put(logical, new Cached(physical, now));
        return physical;
    }

    /** Serves {@code logical} from {@code physical} from now on: one write, seen by every node within the cache time. */
    public void switchTo(String logical, String physical) {
        registry.replaceOne(eq("_id", logical), new Document("_id", logical).append("physical", physical),
                            new ReplaceOptions().upsert(true));
        cache.remove(logical);
    }

    private record Cached(String physical, long at) {
    }
}
