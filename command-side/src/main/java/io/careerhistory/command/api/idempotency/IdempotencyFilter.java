package io.careerhistory.command.api.idempotency;

import io.careerhistory.command.api.CommandAnswerHeaders;
import io.careerhistory.command.api.CommandSender;
import io.careerhistory.command.api.ProblemTypes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * {@value #HEADER} on any command ({@code POST} under {@code /api/}): the first request with a key runs, and every
 * repeat with the same body gets the first response again, recording nothing new. The same key with another body or
 * another endpoint gets 422; a repeat that arrives while the first still runs gets a retryable 409. Keys are scoped to
 * the acting user. A request that fails releases its key, so a corrected one may use it.
 */
@Component
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final String TITLE = "Idempotency-Key not taken";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final IdempotencyStore store;

    public IdempotencyFilter(IdempotencyStore store) {
        this.store = store;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/")
                || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!VALID_KEY.matcher(key).matches()) {
            problem(response, HttpStatus.BAD_REQUEST, "IDEMPOTENCY_KEY_INVALID",
                    HEADER + " must be 1 to 255 visible ASCII characters", false);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        // Scoped to the authenticated user: the security filters run before this one.
        String actor = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
        String scopedKey = CommandSender.actorOrAnonymous(actor) + '|' + key;
        IdempotencyStore.Claim claim = store.claim(scopedKey, fingerprint(request, body));
        if (claim instanceof IdempotencyStore.AlreadyDone done) {
            replay(done.response(), response);
        } else if (claim instanceof IdempotencyStore.InProgress) {
            problem(response, HttpStatus.CONFLICT, "IDEMPOTENT_REQUEST_IN_PROGRESS",
                    "A request with this " + HEADER + " is still running; retry shortly", true);
        } else if (claim instanceof IdempotencyStore.Mismatch) {
            problem(response, HttpStatus.UNPROCESSABLE_ENTITY, "IDEMPOTENCY_KEY_REUSED",
                    "This " + HEADER + " was used for a different request", false);
        } else {
            runOnce(new CachedBodyRequest(request, body), response, chain, scopedKey);
        }
    }

    private void runOnce(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key)
            throws ServletException, IOException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean succeeded = false;
        try {
            chain.doFilter(request, recorded);
            succeeded = recorded.getStatus() >= 200 && recorded.getStatus() < 300;
            if (succeeded) {
                store.complete(key, new StoredResponse(recorded.getStatus(), recorded.getContentType(),
                                                       recorded.getHeader(HttpHeaders.LOCATION),
                                                       recorded.getHeader(CommandAnswerHeaders.POSITION),
                                                       recorded.getContentAsByteArray()));
            }
        } finally {
            if (!succeeded) {
                store.release(key);
            }
            recorded.copyBodyToResponse();
        }
    }

    private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.position() != null) {
            response.setHeader(CommandAnswerHeaders.POSITION, stored.position());
        }
        response.setHeader("Idempotent-Replayed", "true");
        response.getOutputStream().write(stored.body());
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String code, String detail,
                                boolean retryable) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        String json = "{\"type\":\"" + ProblemTypes.ofCode(code) + "\",\"title\":\"" + TITLE + "\",\"status\":"
                + status.value() + ",\"detail\":\"" + detail + "\",\"code\":\"" + code + "\",\"retryable\":" + retryable
                + "}";
        response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }

    /** What makes two requests "the same": endpoint and body, byte for byte. */
    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((request.getMethod() + ' ' + request.getRequestURI() + '\n').getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
