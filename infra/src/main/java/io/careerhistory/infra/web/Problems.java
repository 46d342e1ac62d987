package io.careerhistory.infra.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.careerhistory.command.api.ProblemTypes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** RFC 7807 problems as every part of the API writes them: a type under one base, a title, the detail. */
public final class Problems {

    static final String TYPE_BASE = ProblemTypes.BASE;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }

    /** A title for a status, in the sentence case of the API's own titles: "Method not allowed", "Not found". */
    public static String title(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        if (known == null) {
            return "Error";
        }
        String phrase = known.getReasonPhrase();
        return phrase.charAt(0) + phrase.substring(1).toLowerCase(Locale.ROOT);
    }

    /** The type of a problem that has no more particular one than its status: "method-not-allowed". */
    public static URI typeOf(HttpStatusCode status) {
        return URI.create(TYPE_BASE + title(status).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
    }

    /** The problem as a response, with the problem JSON media type. */
    public static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The problem with the request's path as its instance, when that path is a URI at all. */
    public static ProblemDetail at(ProblemDetail problem, HttpServletRequest request) {
        try {
            problem.setInstance(URI.create(request.getRequestURI()));
        } catch (IllegalArgumentException notAUri) {
            // the path is what was wrong with the request: the problem says so without repeating it
        }
        return problem;
    }

    /**
     * Writes the problem straight to the servlet response, for errors met before Spring MVC (filters, security): the
     * same JSON the advice answers with.
     */
    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), body);
    }
}
