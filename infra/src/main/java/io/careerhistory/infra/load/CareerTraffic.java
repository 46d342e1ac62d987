package io.careerhistory.infra.load;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a busy day sends: commands a talent partner records (course completions, tech talks) and the reads people make
 * (a timeline, a readiness view, a search), spread over the employees hired for the run.
 */
final class CareerTraffic {

    /** One request: a command or a query, its method, path and JSON body (null for a query). */
    record Request(boolean command, String method, String path, String body) {
    }

    private static final String[] SEARCHES = {"kube", "load", "talk", "eng", "pay"};

    private final List<String> employees;
    private final double queryShare;
    private final Random random;
    private final AtomicLong sequence = new AtomicLong();

    CareerTraffic(List<String> employees, double queryShare, long seed) {
        this.employees = employees;
        this.queryShare = queryShare;
        this.random = new Random(seed);
    }

    synchronized Request next() {
        String employee = employees.get(random.nextInt(employees.size()));
        long n = sequence.incrementAndGet();
        LocalDate on = LocalDate.of(2024, 1, 1).plusDays(n % 600);
        if (random.nextDouble() < queryShare) {
            return switch (random.nextInt(3)) {
                case 0 -> new Request(false, "GET", "/api/employees/" + employee + "/timeline?limit=50", null);
                case 1 -> new Request(false, "GET", "/api/employees/" + employee + "/readiness", null);
                default -> new Request(false, "GET", "/api/search?q=" + SEARCHES[random.nextInt(SEARCHES.length)], null);
            };
        }
        if (random.nextBoolean()) {
            return new Request(true, "POST", "/api/employees/" + employee + "/course-completions", """
                    {"courseId":"load-%d","title":"Load course %d","provider":"ACADEMY","skills":["kubernetes"],\
                    "hours":2,"completedOn":"%s","sourceRef":null}""".formatted(n, n, on));
        }
        return new Request(true, "POST", "/api/employees/" + employee + "/tech-talks", """
                {"title":"Load talk %d","venue":"Tech Talks","skills":["axon"],"givenOn":"%s"}""".formatted(n, on));
    }

    static String hire(int i, String run) {
        return """
                {"name":"Load Tester %d","email":"load-%s-%d@example.com","loginName":"load-%s-%d","track":"Engineering",\
                "level":"E3","team":"Payments","hiredOn":"2023-02-01"}""".formatted(i, run, i, run, i);
    }
}
