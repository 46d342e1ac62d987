package io.careerhistory.infra.credentials;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * The issuer's RSA key (RS256, the algorithm every Open Badges 3.0 verifier supports), from PKCS#8 PEM; its id is
 * the key's RFC 7638 thumbprint, so the same key always has the same id. The public half is published as a JWK set
 * and as PEM, for any verifier.
 */
final class IssuerKey {

    private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String END = "-----END PRIVATE KEY-----";

    private final RSAKey key;

    private IssuerKey(RSAKey key) {
        this.key = key;
    }

    static IssuerKey fromPem(String pem) {
        try {
            String base64 = pem.replace(BEGIN, "").replace(END, "").replaceAll("\\s", "");
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            RSAKey withoutId = new RSAKey.Builder(publicKey).privateKey(privateKey).build();
            return new IssuerKey(new RSAKey.Builder(withoutId).keyIDFromThumbprint().build());
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException | JOSEException e) {
            throw new IllegalStateException("The credentials signing key is no RSA private key in PKCS#8 PEM ("
                                                    + CredentialProperties.SIGNING_KEY_PROPERTY + ")", e);
        }
    }

    /** A new 2048-bit RSA key, as PKCS#8 PEM. */
    static String generatePem() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            byte[] encoded = generator.generateKeyPair().getPrivate().getEncoded();
            return BEGIN + "\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(encoded) + "\n" + END + "\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    RSAKey signingKey() {
        return key;
    }

    String keyId() {
        return key.getKeyID();
    }

    RSAKey publicJwk() {
        return key.toPublicJWK();
    }

    String publicPem() {
        try {
            return "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.toRSAPublicKey().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
