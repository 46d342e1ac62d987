package io.careerhistory.infra.credentials;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Secures a credential as a JWS (VC-JOSE-COSE, {@code application/vc+jwt}): the payload is the credential itself with
 * the JWT claims that mirror it ({@code iss}, {@code jti}, {@code nbf}), signed RS256 by the issuer's key, named by
 * {@code kid} in the header.
 */
@Component
class CredentialSigner {

    static final String MEDIA_TYPE = "application/vc+jwt";

    private final IssuerKey key;

    CredentialSigner(IssuerKey key) {
        this.key = key;
    }

    @SuppressWarnings("unchecked")
    String sign(Map<String, Object> credential) {
        Map<String, Object> claims = new LinkedHashMap<>(credential);
        claims.put("iss", ((Map<String, Object>) credential.get("issuer")).get("id"));
        claims.put("jti", credential.get("id"));
        claims.put("nbf", Instant.parse((String) credential.get("validFrom")).getEpochSecond());
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).type(new JOSEObjectType("vc+jwt"))
                                                                              .keyID(key.keyId()).build(),
                                      new Payload(claims));
        try {
            jws.sign(new RSASSASigner(key.signingKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign the credential", e);
        }
        return jws.serialize();
    }
}
