package io.careerhistory.infra.credentials;

import com.nimbusds.jose.jwk.JWKSet;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Open Badges 3.0 credentials for a course completion or an approved promotion: {@code Accept: application/vc+jwt}
 * gets the signed credential itself (a compact JWS), anything else the credential with its JWS beside it. The
 * issuer's public key, to verify them: as a JWK set, and as PEM for openssl.
 */
@RestController
class CredentialsController {

    private final OpenBadgeCredentials credentials;
    private final CredentialSigner signer;
    private final IssuerKey key;

    CredentialsController(OpenBadgeCredentials credentials, CredentialSigner signer, IssuerKey key) {
        this.credentials = credentials;
        this.signer = signer;
        this.key = key;
    }

    @GetMapping("/api/employees/{employeeId}/credentials/{eventId}")
    ResponseEntity<?> credential(@PathVariable String employeeId, @PathVariable String eventId,
                                 @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Map<String, Object> credential = credentials.credentialFor(employeeId, eventId);
        String jwt = signer.sign(credential);
        if (accept != null && accept.contains(CredentialSigner.MEDIA_TYPE)) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(CredentialSigner.MEDIA_TYPE)).body(jwt);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("credential", credential);
        answer.put("jwt", jwt);
        answer.put("keyId", key.keyId());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer);
    }

    @GetMapping("/api/credentials/jwks.json")
    Map<String, Object> jwks() {
        return new JWKSet(key.publicJwk()).toJSONObject();
    }

    @GetMapping(value = "/api/credentials/issuer-key.pem", produces = "application/x-pem-file")
    String publicKeyPem() {
        return key.publicPem();
    }
}
