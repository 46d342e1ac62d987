package io.careerhistory.infra.axon;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Axon's Jackson serializer, with the class of each stored type name and the reader of each class kept once found.
 * The stock one looks the class up by name and builds a new {@link ObjectReader} for every payload and every
 * metadata it reads, which is about a third of its deserialization time: replays and aggregate loading pay it per event.
 * The stored JSON and what is read from it stay exactly the same.
 * <p>
 * A type name whose class is not found is not remembered: it goes on to read as {@link UnknownSerializedType}, and
 * would be found if its class appeared later.
 */
final class CachingJacksonSerializer extends JacksonSerializer {

    private final Map<String, Class<?>> classesByName = new ConcurrentHashMap<>();
    private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

    private CachingJacksonSerializer(Builder builder) {
        super(builder);
    }

    static CachingJacksonSerializer over(ObjectMapper objectMapper) {
        return new CachingJacksonSerializer(JacksonSerializer.builder().objectMapper(objectMapper));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class classForType(SerializedType type) {
        Class<?> known = classesByName.get(type.getName());
        if (known != null) {
            return known;
        }
        Class<?> found = super.classForType(type);
        if (found != UnknownSerializedType.class && found != Void.class) {
            classesByName.put(type.getName(), found);
        }
        return found;
    }

    @Override
    protected ObjectReader getReader(Class<?> type) {
        return readers.computeIfAbsent(type, super::getReader);
    }
}
