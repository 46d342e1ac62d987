package io.careerhistory.infra.axon;

import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CachingJacksonSerializerTest {

    record CourseDone(String courseId, List<String> skills, BigDecimal hours, LocalDate completedOn) {
    }

    private static final CourseDone COURSE = new CourseDone("course-42", List.of("kotlin", "jvm"),
                                                            new BigDecimal("12.5"), LocalDate.of(2024, 3, 5));

    private final CachingJacksonSerializer serializer =
            CachingJacksonSerializer.over(SerializerConfiguration.storageObjectMapper());
    private final JacksonSerializer axons =
            JacksonSerializer.builder().objectMapper(SerializerConfiguration.storageObjectMapper()).build();

    @Test
    void shouldReadBackWhatItWroteEveryTime() {
        SerializedObject<String> stored = serializer.serialize(COURSE, String.class);

        for (int read = 0; read < 3; read++) {
            assertThat((Object) serializer.deserialize(stored)).isEqualTo(COURSE);
        }
    }

    @Test
    void shouldWriteAndReadTheSameJsonAsAxonsOwnSerializer() {
        SerializedObject<String> ours = serializer.serialize(COURSE, String.class);
        SerializedObject<String> theirs = axons.serialize(COURSE, String.class);

        assertThat(ours.getData()).isEqualTo(theirs.getData());
        assertThat(ours.getType()).isEqualTo(theirs.getType());
        assertThat((Object) serializer.deserialize(theirs)).isEqualTo(COURSE);
        assertThat((Object) axons.deserialize(ours)).isEqualTo(COURSE);
    }

    @Test
    void shouldReadMetaData() {
        MetaData metaData = MetaData.with("actor", "talent-partner").and("correlationId", "c-1");

        SerializedObject<String> stored = serializer.serialize(metaData, String.class);

        assertThat((Object) serializer.deserialize(stored)).isEqualTo(metaData);
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(metaData);
    }

    @Test
    void shouldKeepOneReaderPerClass() {
        assertThat(serializer.getReader(CourseDone.class)).isSameAs(serializer.getReader(CourseDone.class));
        assertThat(serializer.getReader(MetaData.class)).isNotSameAs(serializer.getReader(CourseDone.class));
    }

    @Test
    void shouldFindTheClassOfAKnownTypeName() {
        SimpleSerializedType type = new SimpleSerializedType(CourseDone.class.getName(), null);

        assertThat(serializer.classForType(type)).isEqualTo(CourseDone.class);
        assertThat(serializer.classForType(type)).isEqualTo(CourseDone.class);
    }

    @Test
    void shouldReadATypeWithoutAClassAsUnknownEveryTime() {
        SimpleSerializedObject<String> stored = new SimpleSerializedObject<>(
                "{\"courseId\":\"c\"}", String.class, new SimpleSerializedType("com.example.RemovedEvent", "1"));

        for (int read = 0; read < 2; read++) {
            Object payload = serializer.deserialize(stored);
            assertThat(payload).isInstanceOf(UnknownSerializedType.class);
            assertThat(((UnknownSerializedType) payload).serializedType().getName()).isEqualTo("com.example.RemovedEvent");
        }
    }

    @Test
    void shouldReadTheEmptyTypeAsNothing() {
        SimpleSerializedObject<String> empty = new SimpleSerializedObject<>(
                "", String.class, SimpleSerializedType.emptyType());

        assertThat((Object) serializer.deserialize(empty)).isNull();
        assertThat(serializer.classForType(SimpleSerializedType.emptyType())).isEqualTo(Void.class);
    }
}
