package io.careerhistory.infra.consistency;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/** Puts {@value ConsistentReads#POSITION} on the answer of a request that committed something, before it is written. */
@RestControllerAdvice
class PositionHeader implements ResponseBodyAdvice<Object> {

    private final CommittedPosition committed;

    PositionHeader(CommittedPosition committed) {
        this.committed = committed;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (!(body instanceof ProblemDetail)) {
            committed.current().ifPresent(position -> response.getHeaders()
                                                              .set(ConsistentReads.POSITION, Long.toString(position)));
        }
        return body;
    }
}
