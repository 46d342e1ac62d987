package io.careerhistory.infra.privacy;

import com.mongodb.client.MongoDatabase;
import io.careerhistory.infra.mongo.CareerMongoProperties;
import io.careerhistory.infra.secrets.SecretResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The keys behind personal data: the master key, the per-employee keys, the cipher and the blind index (ADR 0015). */
@Configuration(proxyBeanMethods = false)
public class PersonalDataConfiguration {

    static final String MASTER_KEY_FILE = "personal-data.key";

    @Bean
    MasterKey personalDataMasterKey(PersonalDataProperties properties, CareerMongoProperties mongo) {
        return new MasterKey(SecretResolver.resolve(properties.masterKey(), PersonalDataProperties.MASTER_KEY_PROPERTY,
                                                    MASTER_KEY_FILE, mongo));
    }

    @Bean
    PersonalDataKeys personalDataKeys(MongoDatabase database, MasterKey masterKey, Clock clock,
                                      PersonalDataProperties properties) {
        return new PersonalDataKeys(database, masterKey, clock, properties.keyCacheTtl());
    }

    @Bean
    PersonalDataCipher personalDataCipher(PersonalDataKeys keys) {
        return new PersonalDataCipher(keys);
    }

    @Bean
    BlindIndex blindIndex(MasterKey masterKey) {
        return new BlindIndex(masterKey);
    }
}
