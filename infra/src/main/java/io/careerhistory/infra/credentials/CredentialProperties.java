package io.careerhistory.infra.credentials;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code career.credentials}: who issues the Open Badges credentials and with which key.
 *
 * @param issuerName the organisation named as issuer
 * @param issuerUrl  its URL: the issuer's id, and the base of the achievements' ids
 * @param signingKey an RSA private key, PKCS#8 PEM (env CAREER_CREDENTIALS_SIGNING_KEY); generated into the data
 *                   directory for the embedded default, required with a real MongoDB
 */
@ConfigurationProperties("career.credentials")
public record CredentialProperties(String issuerName, String issuerUrl, String signingKey) {

    static final String SIGNING_KEY_PROPERTY = "career.credentials.signing-key (env CAREER_CREDENTIALS_SIGNING_KEY)";

    public CredentialProperties {
        issuerName = issuerName == null || issuerName.isBlank() ? "career-history" : issuerName;
        issuerUrl = issuerUrl == null || issuerUrl.isBlank() ? "http://localhost:8080" : issuerUrl.replaceAll("/+$", "");
    }
}
