package io.careerhistory.infra.axon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.careerhistory.infra.privacy.PersonalDataCipher;
import io.careerhistory.infra.privacy.PersonalDataModule;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The Jackson serializer for events, messages, snapshots and tokens. It has its own ObjectMapper, never the web
 * layer's: stored JSON is a contract and must not change when someone tunes the HTTP API's output.
 */
@Configuration(proxyBeanMethods = false)
public class SerializerConfiguration {

    public static ObjectMapper storageObjectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** The stored form: personal fields sealed with their subject's key (ADR 0015). */
    public static ObjectMapper storageObjectMapper(PersonalDataCipher cipher) {
        return storageObjectMapper().registerModule(new PersonalDataModule(cipher));
    }

    /** Without sealing: the logical shape of the stored JSON, for contract tests and tools that never see personal data. */
    public static JacksonSerializer storageSerializer() {
        return JacksonSerializer.builder().objectMapper(storageObjectMapper()).build();
    }

    public static JacksonSerializer storageSerializer(PersonalDataCipher cipher) {
        return JacksonSerializer.builder().objectMapper(storageObjectMapper(cipher)).build();
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
