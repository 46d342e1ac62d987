package io.careerhistory.infra.audit;

import io.careerhistory.command.api.CommandSender;
import io.careerhistory.command.api.CurrentActor;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Records every successful read of a promotion's audit record and of an employee's timeline (which shows the feedback
 * they received) in the {@link ReadAccessLog}. Runs after the security filters, so the reader is the signed-in user
 * and refused reads are not "reads".
 */
@Component
class ReadAccessRecorder extends OncePerRequestFilter {

    private static final Pattern PROMOTION_AUDIT = Pattern.compile("^/api/promotions/([^/]+)/audit$");
    private static final Pattern TIMELINE = Pattern.compile("^/api/employees/([^/]+)/timeline$");

    private final ReadAccessLog log;
    private final CurrentActor reader;

    ReadAccessRecorder(ReadAccessLog log, CurrentActor reader) {
        this.log = log;
        this.reader = reader;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        if (response.getStatus() != HttpServletResponse.SC_OK || request.getUserPrincipal() == null) {
            return;
        }
        String path = request.getRequestURI();
        String readBy = CommandSender.actorName(reader.name(), reader.actingEmployee()); // no login name: ADR 0015
        Matcher audit = PROMOTION_AUDIT.matcher(path);
        Matcher timeline = TIMELINE.matcher(path);
        if (audit.matches()) {
            log.record(readBy, "promotion-audit", audit.group(1), path);
        } else if (timeline.matches()) {
            log.record(readBy, "timeline-with-feedback", timeline.group(1), path);
        }
    }
}
