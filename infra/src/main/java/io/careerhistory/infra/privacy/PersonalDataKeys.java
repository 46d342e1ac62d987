package io.careerhistory.infra.privacy;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import io.careerhistory.infra.mongo.Inserts;
import org.bson.Document;
import org.bson.types.Binary;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static com.mongodb.client.model.Filters.eq;

/**
 * {@code personal_data_keys}: one AES-256 key per employee, wrapped by the master key, created on first use. Erasure
 * replaces the key with a tombstone: from then on nothing sealed for that employee can be opened, and nothing new is
 * sealed for them. Keys are cached for {@code key-cache-ttl}; a tombstone is final and cached for good.
 */
public class PersonalDataKeys {

    static final String COLLECTION = "personal_data_keys";
    private static final int MAX_CACHED = 50_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoCollection<Document> keys;
    private final SecretKey wrappingKey;
    private final Clock clock;
    private final Duration cacheTtl;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public PersonalDataKeys(MongoDatabase database, MasterKey masterKey, Clock clock, Duration cacheTtl) {
        this.keys = database.getCollection(COLLECTION);
        this.wrappingKey = masterKey.wrappingKey();
        this.clock = clock;
        this.cacheTtl = cacheTtl;
    }

    /** The subject's key, created now if they have none yet. */
    SecretKey keyFor(String subject) {
        Cached known = known(subject);
        if (known.erased()) {
            throw new PersonalDataErasedException(subject);
        }
        if (known.key() != null) {
            return known.key();
        }
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        Document created = new Document("_id", subject).append("key", new Binary(AesGcm.seal(wrappingKey, raw, aad(subject))))
                                                      .append("createdAt", clock.instant().toString());
        if (!Inserts.insertIfAbsent(keys, created)) {
            return lookUp(subject).orElseThrow(() -> new PersonalDataErasedException(subject)); // another node's
        }
        return remember(subject, new Cached(new SecretKeySpec(raw, "AES"), false, clock.instant())).key();
    }

    /** The subject's key; empty when they never had one or it was destroyed. */
    Optional<SecretKey> lookUp(String subject) {
        return Optional.ofNullable(known(subject).key());
    }

    public boolean isErased(String subject) {
        return load(subject).erased();
    }

    /** From the cache while fresh (a tombstone is final, so always), else from the store in one read. */
    private Cached known(String subject) {
        Cached cached = cache.get(subject);
        if (cached != null && (cached.erased() || cached.loadedAt().plus(cacheTtl).isAfter(clock.instant()))) {
            return cached;
        }
        Cached loaded = load(subject);
        return loaded.key() == null && !loaded.erased() ? loaded : remember(subject, loaded);
    }

    /** What the store holds: a key, a tombstone, or nothing yet (neither key nor erased). */
    private Cached load(String subject) {
        Document stored = keys.find(eq("_id", subject)).first();
        if (stored == null || stored.get("key") == null) {
            return new Cached(null, stored != null, clock.instant());
        }
        byte[] raw = AesGcm.open(wrappingKey, stored.get("key", Binary.class).getData(), aad(subject))
                           .orElseThrow(() -> new IllegalStateException(
                                   "The key of " + subject + " does not open with this master key: is "
                                           + PersonalDataProperties.MASTER_KEY_PROPERTY + " the one it was made with?"));
        return new Cached(new SecretKeySpec(raw, "AES"), false, clock.instant());
    }

    /** Crypto-shredding: the key is replaced by a tombstone recording when. Repeating it changes nothing. */
    public void destroy(String subject, Instant at) {
        if (!isErased(subject)) {
            keys.replaceOne(eq("_id", subject), new Document("_id", subject).append("erasedAt", at.toString()),
                            new ReplaceOptions().upsert(true));
        }
        cache.put(subject, new Cached(null, true, at));
    }

    private Cached remember(String subject, Cached known) {
        if (cache.size() >= MAX_CACHED) {
            cache.clear(); // crude but bounded; keys are one read away
        }
        cache.put(subject, known);
        return known;
    }

    private static byte[] aad(String subject) {
        return ("personal-data-key:" + subject).getBytes(StandardCharsets.UTF_8);
    }

    private record Cached(SecretKey key, boolean erased, Instant loadedAt) {
    }
}
