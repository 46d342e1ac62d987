package io.careerhistory.infra.credentials;

import io.careerhistory.infra.mongo.CareerMongoProperties;
import io.careerhistory.infra.secrets.SecretResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.charset.StandardCharsets;

/** The issuer's key: configured, or for the embedded default generated on first start and kept in the data directory. */
@Configuration
class CredentialConfiguration {

    @Bean
    IssuerKey issuerKey(CredentialProperties properties, CareerMongoProperties mongo) {
        return IssuerKey.fromPem(new String(SecretResolver.resolve(properties.signingKey(),
                                                                   CredentialProperties.SIGNING_KEY_PROPERTY,
                                                                   "credentials-signing-key.pem", mongo,
                                                                   IssuerKey::generatePem), StandardCharsets.UTF_8));
    }
}
