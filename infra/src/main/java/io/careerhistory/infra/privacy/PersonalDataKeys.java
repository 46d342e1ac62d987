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
        Optional<SecretKey> existing = lookUp(subject);
        if (existing.isPresent()) {
            return existing.get();
        }
        if (isErased(subject)) {
            throw new PersonalDataErasedException(subject);
        }
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        Document created = new Document("_id", subject).append("key", new Binary(AesGcm.seal(wrappingKey, raw, aad(subject))))
                                                      .append("createdAt", clock.instant().toString());
        if (!Inserts.insertIfAbsent(keys, created)) {
            cache.remove(subject); // another node created it first: use theirs
            return lookUp(subject).orElseThrow(() -> new PersonalDataErasedException(subject));
        }
        return remember(subject, new SecretKeySpec(raw, "AES"));
    }

    /** The subject's key; empty when they never had one or it was destroyed. */
    Optional<SecretKey> lookUp(String subject) {
        Cached cached = cache.get(subject);
        if (cached != null && (cached.erased() || cached.loadedAt().plus(cacheTtl).isAfter(clock.instant()))) {
            return Optional.ofNullable(cached.key());
        }
        Document stored = keys.find(eq("_id", subject)).first();
        if (stored == null) {
            return Optional.empty();
        }
        if (stored.get("key") == null) {
            cache.put(subject, new Cached(null, true, clock.instant()));
            return Optional.empty();
        }
        byte[] raw = AesGcm.open(wrappingKey, stored.get("key", Binary.class).getData(), aad(subject))
                           .orElseThrow(() -> new IllegalStateException(
                                   "The key of " + subject + " does not open with this master key: is "
                                           + PersonalDataProperties.MASTER_KEY_PROPERTY + " the one it was made with?"));
        return Optional.of(remember(subject, new SecretKeySpec(raw, "AES")));
    }

    public boolean isErased(String subject) {
        Document stored = keys.find(eq("_id", subject)).first();
        return stored != null && stored.get("key") == null;
    }

    /** Crypto-shredding: the key is replaced by a tombstone recording when. Repeating it changes nothing. */
    public void destroy(String subject, Instant at) {
        if (!isErased(subject)) {
            keys.replaceOne(eq("_id", subject), new Document("_id", subject).append("erasedAt", at.toString()),
                            new ReplaceOptions().upsert(true));
        }
        cache.put(subject, new Cached(null, true, at));
    }

    private SecretKey remember(String subject, SecretKey key) {
        if (cache.size() >= MAX_CACHED) {
            cache.clear(); // crude but bounded; keys are one read away
        }
        cache.put(subject, new Cached(key, false, clock.instant()));
        return key;
    }

    private static byte[] aad(String subject) {
        return ("personal-data-key:" + subject).getBytes(StandardCharsets.UTF_8);
    }

    private record Cached(SecretKey key, boolean erased, Instant loadedAt) {
    }
}
