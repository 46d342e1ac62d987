package io.careerhistory.infra.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.careerhistory.command.api.BusinessRuleViolation;
import io.careerhistory.command.api.ProblemTypes;
import io.careerhistory.query.common.NotFound;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SerializationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every error as RFC 7807 problem JSON. Bad input names the field; business rules carry a stable {@code code};
 * a concurrency conflict says that retrying may succeed.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final URI ABOUT_BLANK = URI.create("about:blank");
    /** A field given twice (spring.jackson.parser.strict-duplicate-detection): Jackson names it only in its message. */
    private static final Pattern DUPLICATE_FIELD = Pattern.compile("^Duplicate field '(.*)'");
    /** Text refused where a number belongs (StrictJsonTypes): Jackson names the text only in its message. */
    private static final Pattern COERCED_TEXT = Pattern.compile("^Cannot coerce String value \\(\"(.*)\"\\) to ");

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                                             .map(e -> Map.of("field", e.getField(),
                                                              "message", String.valueOf(e.getDefaultMessage())))
                                             .toList();
        String fields = errors.stream().map(e -> e.get("field") + " " + e.get("message")).collect(Collectors.joining("; "));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", fields);
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyLimit.BodyTooLarge tooLarge) {
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem(
                        HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", "Request body too large", tooLarge.getMessage()));
            }
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", bodyProblem(ex));
        Matcher twice = ex.getCause() instanceof JsonParseException parse
                ? DUPLICATE_FIELD.matcher(String.valueOf(parse.getOriginalMessage())) : null;
        if (twice != null && twice.find()) { // which of the two was meant cannot be known
            problem.setDetail(twice.group(1) + " appears twice in the body");
            problem.setProperty("errors", List.of(Map.of("field", twice.group(1),
                                                          "message", "appears twice in the body")));
        }
        if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = fieldPath(mapping);
            String reason = reason(mapping);
            problem.setDetail(field + " " + reason);
            problem.setProperty("errors", List.of(Map.of("field", field, "message", reason)));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    /** The field as a client writes it: {@code skills[0]}, {@code goals[1].title}. */
    private static String fieldPath(JsonMappingException mapping) {
        String path = mapping.getPath().stream()
                             .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                             .collect(Collectors.joining());
        return path.startsWith(".") ? path.substring(1) : path;
    }

    /** What is wrong with the body as a whole: none sent, not JSON, or JSON that is not an object. */
    private static String bodyProblem(HttpMessageNotReadableException ex) {
        if (ex.getCause() == null && String.valueOf(ex.getMessage()).startsWith("Required request body is missing")) {
            return "The request body is missing: this endpoint takes a JSON object";
        }
        if (ex.getCause() instanceof MismatchedInputException mismatched && mismatched.getPath().isEmpty()
                && mismatched.getTargetType() != null) {
            return "The request body must be a JSON object";
        }
        return "The request body is not valid JSON";
    }

    private static String reason(JsonMappingException mapping) {
        if (mapping instanceof UnrecognizedPropertyException) {
            return "is not a field of this request";
        }
        if (mapping instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class
                && invalid.getValue() instanceof String) { // text, but not valid Unicode (a number is no text at all)
            return ValidUnicodeText.PROBLEM;
        }
        if (mapping instanceof InvalidFormatException invalid) {
            return expected(invalid.getTargetType()) + ", not " + quoted(invalid.getValue());
        }
        if (mapping instanceof MismatchedInputException mismatched) {
            Matcher text = COERCED_TEXT.matcher(String.valueOf(mismatched.getOriginalMessage()));
            return expected(mismatched.getTargetType()) + (text.find() ? ", not " + quoted(text.group(1)) : "");
        }
        return "has the wrong type or format";
    }

    private static String oneOf(Class<?> enumType) {
        return "must be one of " + List.of(enumType.getEnumConstants());
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        // Path variables, and the body when a method validates both: each error named by its field or parameter.
        List<Map<String, String>> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            if (result instanceof ParameterErrors bean) {
                bean.getFieldErrors().forEach(e -> errors.add(Map.of("field", e.getField(),
                                                                     "message", String.valueOf(e.getDefaultMessage()))));
            } else {
                String parameter = String.valueOf(result.getMethodParameter().getParameterName());
                result.getResolvableErrors().forEach(e -> errors.add(Map.of("field", parameter,
                                                                            "message", String.valueOf(e.getDefaultMessage()))));
            }
        }
        String fields = errors.stream().map(e -> e.get("field") + " " + e.get("message")).collect(Collectors.joining("; "));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", fields);
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
                                                                     HttpHeaders headers, HttpStatusCode status,
                                                                     WebRequest request) {
        List<MediaType> supported = ex.getSupportedMediaTypes();
        String takes = supported.contains(MediaType.APPLICATION_JSON) ? "application/json" // not also application/*+json
                : supported.stream().map(MediaType::toString).distinct().collect(Collectors.joining(" or "));
        String detail = ex.getContentType() == null
                ? "The request has no Content-Type: this endpoint takes " + takes
                : "This endpoint takes " + takes + ", not " + quoted(ex.getContentType().toString());
        ProblemDetail problem = Problems.of(status, "unsupported-media-type", Problems.title(status), detail);
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    /**
     * A path under a prefix the access rules open (say {@code /api/analytics/}) with no endpoint: said as for any other
     * path, not as Spring's "No static resource".
     */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        String path = request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI()
                                                                    : "/" + ex.getResourcePath();
        ProblemDetail problem = Problems.of(status, "not-found", Problems.title(status), "No endpoint at " + path);
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    /** The problems Spring MVC words itself (405, 406, 415...): typed and titled as the API's own, not about:blank. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem && ABOUT_BLANK.equals(problem.getType())) {
            problem.setType(Problems.typeOf(statusCode));
            problem.setTitle(Problems.title(statusCode));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    /** A query parameter or path variable that does not convert: what it must be, never the converter's words. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
        Class<?> type = ex.getRequiredType();
        if (type != null && Collection.class.isAssignableFrom(type)) { // a repeatable parameter: say what each must be
            type = ex.getParameter().nested().getNestedParameterType();
        }
        return parameterProblem(ex.getName(), expected(type) + ", not " + quoted(ex.getValue()));
    }

    @ExceptionHandler(UnknownQueryParameterException.class)
    ResponseEntity<ProblemDetail> unknownParameter(UnknownQueryParameterException ex) {
        return parameterProblem(ex.parameter(), ex.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return ResponseEntity.badRequest().body(parameterProblem(ex.getParameterName(), "is required").getBody());
    }

    private static ResponseEntity<ProblemDetail> parameterProblem(String parameter, String message) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                                        parameter + " " + message);
        problem.setProperty("errors", List.of(Map.of("field", parameter, "message", message)));
        return ResponseEntity.badRequest().body(problem);
    }

    /** The value as sent, cut short: it is echoed to help, not to reflect whatever arrived. */
    private static String quoted(Object value) {
        String text = value instanceof Object[] values // a repeated parameter: every value, as sent
                ? String.join(", ", Arrays.stream(values).map(String::valueOf).toList())
                : String.valueOf(value);
        return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type or format";
        }
        if (type.isEnum()) {
            return oneOf(type);
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "must be a whole number";
        }
        if (type == double.class || type == Double.class || type == BigDecimal.class) {
            return "must be a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be text";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be a list";
        }
        if (type == LocalDate.class) {
            return "must be an ISO date (2025-06-30)";
        }
        if (type == Instant.class) {
            return "must be an ISO instant (2025-06-30T12:00:00Z)";
        }
        return "has the wrong type or format";
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> illegalArgument(IllegalArgumentException ex) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                                                        ex.getMessage()));
    }

    @ExceptionHandler({AggregateNotFoundException.class, NotFound.class})
    ResponseEntity<ProblemDetail> notFound(RuntimeException ex) {
        String detail = ex instanceof AggregateNotFoundException missing
                ? "No such record: " + missing.getAggregateIdentifier()
                : ex.getMessage();
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, "not-found", "Not found", detail));
    }

    @ExceptionHandler(BusinessRuleViolation.class)
    ResponseEntity<ProblemDetail> businessRule(BusinessRuleViolation ex) {
        HttpStatus status = ex.code().status();
        ProblemDetail problem = problem(status, ProblemTypes.name(ex.code().name()), "Business rule violated",
                                        ex.getMessage());
        problem.setProperty("code", ex.code().name());
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrency(ConcurrencyException ex) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "concurrent-modification", "Concurrent modification",
                                        "Someone else changed this record at the same moment. Nothing was recorded; retry.");
        problem.setProperty("code", "CONCURRENT_MODIFICATION");
        problem.setProperty("retryable", true);
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    /** Storing an event can break a rule only the store knows: personal data for someone erased (ADR 0015). */
    @ExceptionHandler(SerializationException.class)
    ResponseEntity<ProblemDetail> serialization(SerializationException ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessRuleViolation violation) {
                return businessRule(violation);
            }
        }
        throw ex;
    }

    /** The query gateway wraps handler exceptions; answer for the cause. */
    @ExceptionHandler(CompletionException.class)
    ResponseEntity<?> completion(CompletionException ex) throws Exception {
        Throwable cause = ex.getCause();
        if (cause instanceof NotFound notFound) {
            return notFound(notFound);
        }
        if (cause instanceof IllegalArgumentException illegal) {
            return illegalArgument(illegal);
        }
        throw ex;
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        return Problems.of(status, type, title, detail);
    }
}
