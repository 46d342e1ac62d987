package io.careerhistory.infra.axon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.careerhistory.infra.privacy.PersonalDataCipher;
import io.careerhistory.infra.privacy.PersonalDataModule;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.time.LocalDate;

/**
 * The Jackson serializer for events, messages, snapshots and tokens. It has its own ObjectMapper, never the web
 * layer's: stored JSON is a contract and must not change when someone tunes the HTTP API's output.
 */
@Configuration(proxyBeanMethods = false)
public class SerializerConfiguration {

    /** Registered after the JavaTimeModule, so its date reader is the one Jackson asks first. */
    static final String STORED_DATES_MODULE = "career-stored-dates";

    public static ObjectMapper storageObjectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(new SimpleModule(STORED_DATES_MODULE)
                                        .addDeserializer(LocalDate.class, new IsoLocalDateDeserializer()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** The stored form: personal fields sealed with their subject's key (ADR 0015). */
    public static ObjectMapper storageObjectMapper(PersonalDataCipher cipher) {
        return storageObjectMapper().registerModule(new PersonalDataModule(cipher));
    }

    /** Without sealing: the logical shape of the stored JSON, for contract tests and tools that never see personal data. */
    public static JacksonSerializer storageSerializer() {
        return CachingJacksonSerializer.over(storageObjectMapper());
    }

    public static JacksonSerializer storageSerializer(PersonalDataCipher cipher) {
        return CachingJacksonSerializer.over(storageObjectMapper(cipher));
    }

    @Bean
    @Primary
    Serializer serializer(PersonalDataCipher cipher) {
        return storageSerializer(cipher);
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(PersonalDataCipher cipher) {
        return storageSerializer(cipher);
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(PersonalDataCipher cipher) {
        return storageSerializer(cipher);
    }
}
