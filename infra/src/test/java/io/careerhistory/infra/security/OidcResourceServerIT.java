package io.careerhistory.infra.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production sign-in: with an OpenID Connect issuer configured, the API takes that issuer's JWTs (found through its
 * discovery document and key set, served here by a stand-in issuer), roles from the {@code roles} claim, the user
 * from {@code preferred_username}; configured users and HTTP Basic are off.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {"career.embedded.storage=memory", "career.demo-data=false"})
class OidcResourceServerIT {

    private static final RSAKey KEY = newKey();
    private static final HttpServer ISSUER = issuer();
    private static final String ISSUER_URI = "http://localhost:" + ISSUER.getAddress().getPort();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void issuerUri(DynamicPropertyRegistry registry) {
        registry.add("career.security.oidc.issuer-uri", () -> ISSUER_URI);
    }

    @AfterAll
    static void stopIssuer() {
        ISSUER.stop(0);
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("test-key").generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stand-in identity provider: its discovery document and its public key set. */
    private static HttpServer issuer() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            String base = "http://localhost:" + server.getAddress().getPort();
            serve(server, "/.well-known/openid-configuration", """
                    {"issuer":"%s","jwks_uri":"%s/jwks","subject_types_supported":["public"],
                     "id_token_signing_alg_values_supported":["RS256"]}""".formatted(base, base));
            serve(server, "/jwks", new JWKSet(KEY.toPublicJWK()).toString());
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void serve(HttpServer server, String path, String json) {
        server.createContext(path, exchange -> {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    private static String token(String user, List<String> roles, String issuer) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject(user).claim("preferred_username", user)
                                                        .claim("roles", roles)
                                                        .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                                                        .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(KEY));
        return jwt.serialize();
    }

    private int get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void theIssuersTokensSignInWithTheirRolesAndNothingElseDoes() throws Exception {
        assertThat(get("/api/celebrations", "Bearer " + token("ada", List.of("EMPLOYEE"), ISSUER_URI))).isEqualTo(200);
        assertThat(get("/api/audit/verify", "Bearer " + token("ada", List.of("EMPLOYEE"), ISSUER_URI))).isEqualTo(403);
        assertThat(get("/api/audit/verify", "Bearer " + token("olga", List.of("AUDITOR"), ISSUER_URI))).isEqualTo(200);
        assertThat(get("/api/celebrations", null)).isEqualTo(401);
        assertThat(get("/api/celebrations", "Bearer " + token("eve", List.of("ADMIN"), "http://elsewhere")))
                .as("another issuer").isEqualTo(401);
        assertThat(get("/api/celebrations", "Basic " + Base64.getEncoder().encodeToString(
                "admin:whatever".getBytes(StandardCharsets.UTF_8)))).as("no configured users").isEqualTo(401);
    }
}
