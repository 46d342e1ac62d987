package io.careerhistory.infra.consistency;

import io.careerhistory.command.api.CommandAnswerHeaders;
import io.careerhistory.infra.eventstore.HeadPosition;
import io.careerhistory.infra.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Read your own writes: a command's answer carries {@value #POSITION} (the store position of what it recorded), and a
 * read that sends it back as {@value #CONSISTENT_WITH} waits until every view has applied that far before it is
 * answered, at most {@code career.consistency.max-wait}; then 503 with Retry-After rather than an answer that may not
 * show the write yet. Without the header a read answers at once from the views as they are (ADR 0028).
 */
@Configuration(proxyBeanMethods = false)
public class ConsistentReads implements WebMvcConfigurer {

    public static final String POSITION = CommandAnswerHeaders.POSITION;
    public static final String CONSISTENT_WITH = "Career-Consistent-With";
    private static final List<String> READS = List.of("GET", "HEAD");
    private static final long FIRST_PAUSE_MILLIS = 5;
    private static final long LONGEST_PAUSE_MILLIS = 100;

    private final CommittedPosition committed;
    private final ViewPositions views;
    private final EventStorageEngine store;
    private final Duration maxWait;

    ConsistentReads(CommittedPosition committed, ViewPositions views, EventStorageEngine store,
                    @Value("${career.consistency.max-wait:10s}") Duration maxWait) {
        this.committed = committed;
        this.views = views;
        this.store = store;
        this.maxWait = maxWait;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws IOException, InterruptedException {
                committed.clear(); // what this thread committed for an earlier request is not this one's
                String asked = request.getHeader(CONSISTENT_WITH);
                return asked == null || !READS.contains(request.getMethod()) || awaitViews(asked, request, response);
            }
        }).addPathPatterns("/api/**", "/xapi/**");
    }

    private boolean awaitViews(String asked, HttpServletRequest request, HttpServletResponse response)
            throws IOException, InterruptedException {
        long position = parse(asked);
        if (position < 0) {
            return refuse(request, response, HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                          CONSISTENT_WITH + " must be a store position: the " + POSITION + " of a command's answer, "
                                  + "not '" + cut(asked) + "'");
        }
        long deadline = System.nanoTime() + maxWait.toNanos();
        long pause = FIRST_PAUSE_MILLIS;
        ViewPositions.Slowest slowest = views.slowest();
        long head = slowest.position() < position ? HeadPosition.of(store) : position;
        if (position > head) {
            return refuse(request, response, HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                          "No event at " + CONSISTENT_WITH + " " + position + ": the store holds " + (head + 1)
                                  + " events");
        }
        while (slowest.position() < position) {
            if (System.nanoTime() >= deadline) {
                response.setHeader(HttpHeaders.RETRY_AFTER, "1");
                return refuse(request, response, HttpStatus.SERVICE_UNAVAILABLE, "views-behind", "Views behind",
                              "The views have not applied position " + position + " within " + maxWait.toMillis()
                                      + " ms: '" + slowest.processor() + "' is at " + slowest.position()
                                      + ". Retry later; nothing is lost.");
            }
            Thread.sleep(pause);
            pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
            slowest = views.slowest();
        }
        return true;
    }

    private static long parse(String asked) {
        try {
            return Long.parseLong(asked.strip());
        } catch (NumberFormatException notAPosition) {
            return -1;
        }
    }

    private static String cut(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    private static boolean refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                                  String type, String title, String detail) throws IOException {
        ProblemDetail problem = Problems.of(status, type, title, detail);
        Problems.write(response, Problems.at(problem, request));
        return false;
    }
}
