package io.careerhistory.infra.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import io.careerhistory.infra.Eventually;
import io.careerhistory.infra.credentials.ExternalMongoSecrets;
import io.careerhistory.infra.durability.RunningJar;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same jar as two command nodes and two query nodes, separate processes sharing one MongoDB served by a process
 * of its own (mongo-java-server): commands go to both command nodes at once, every projection holds every event once,
 * each projection's segments are split between the query nodes (owners read from the token store), and when one query
 * node is killed its segments pass to the other, which goes on projecting.
 */
class ScaleOutIT {

    private static final int COMPLETIONS_PER_NODE = 40;
    private static final String SEGMENTS = "--career.processors.initial-segments=2";
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    @Test
    void commandAndQueryNodesShareOneMongoDbAndAQueryNodesSegmentsPassToTheOtherWhenItDies() throws Exception {
        int mongoPort = freePort();
        Process mongo = new ProcessBuilder(java(), "-Xmx256m", "-jar", "target/career-history.jar", "mongo-server",
                                           "--memory", "--port=" + mongoPort)
                .redirectErrorStream(true).redirectOutput(dir.resolve("mongo.log").toFile()).start();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + mongoPort)) {
            awaitPort(mongoPort);
            String uri = "--career.mongodb.uri=mongodb://127.0.0.1:" + mongoPort;
            try (RunningJar command1 = node("command-1", uri, "--career.roles=command");
                 NodePair rest = startTogether(uri)) {
                RunningJar command2 = rest.command2();
                RunningJar query1 = rest.query1();
                RunningJar query2 = rest.query2();
                MongoCollection<Document> tokens = client.getDatabase("career-history").getCollection("tracking_tokens");

                Map<String, Integer> expected = new HashMap<>();
                String first = hire(command1, "Alba Command");
                String second = hire(command2, "Bruno Command");
                CompletableFuture<Void> viaOne = CompletableFuture.runAsync(() -> complete(command1, first, "one"));
                CompletableFuture<Void> viaTwo = CompletableFuture.runAsync(() -> complete(command2, second, "two"));
                CompletableFuture.allOf(viaOne, viaTwo).join();
                expected.put(first, COMPLETIONS_PER_NODE);
                expected.put(second, COMPLETIONS_PER_NODE);

                for (RunningJar reader : List.of(query1, query2)) {
                    expected.forEach((employee, completions) -> assertExactlyOnce(reader, employee, completions));
                    assertFoundOnce(reader, "alba", first);
                    assertFoundOnce(reader, "bruno", second);
                }
                String q1 = owner(query1);
                String q2 = owner(query2);
                Map<String, Set<String>> owners = Eventually.await(() -> owners(tokens), o -> split(o, q1, q2), WAIT);
                assertThat(owners.keySet()).contains("timeline", "readiness", "search", "directory", "promotion-audit");
                Set<String> commandNodes = Set.of(owner(command1), owner(command2));
                owners.forEach((processor, by) -> assertThat(by).as(processor).doesNotContainAnyElementsOf(commandNodes));
                assertThat(segmentsOf(tokens, "timeline")).isGreaterThanOrEqualTo(2);
                assertThat(rest.command2().send("GET", "/api/employees/" + first + "/timeline", null).statusCode())
                        .as("a command node does not serve the views").isEqualTo(421);
                assertThat(query1.send("POST", "/api/employees/" + first + "/course-completions", completion("misdirected"))
                                 .statusCode()).as("a query node does not take commands").isEqualTo(421);

                query2.killHard();
                Map<String, Set<String>> after = Eventually.await(() -> owners(tokens),
                                                                  o -> o.values().stream().allMatch(Set.of(q1)::equals),
                                                                  WAIT);
                assertThat(after.keySet()).containsAll(owners.keySet());
                complete(command2, second, "after");
                assertExactlyOnce(query1, second, 2 * COMPLETIONS_PER_NODE);
            }
        } finally {
            mongo.destroyForcibly().waitFor();
        }
    }

    private record NodePair(RunningJar command2, RunningJar query1, RunningJar query2) implements AutoCloseable {
        @Override
        public void close() throws InterruptedException {
            for (RunningJar node : List.of(command2, query1, query2)) {
                node.close();
            }
        }
    }

    /** The first command node publishes the default framework; the other three start together after it. */
    private NodePair startTogether(String uri) {
        CompletableFuture<RunningJar> command2 = CompletableFuture.supplyAsync(() -> node("command-2", uri, "--career.roles=command"));
        CompletableFuture<RunningJar> query1 = CompletableFuture.supplyAsync(() -> node("query-1", uri, "--career.roles=query"));
        CompletableFuture<RunningJar> query2 = CompletableFuture.supplyAsync(() -> node("query-2", uri, "--career.roles=query"));
        return new NodePair(command2.join(), query1.join(), query2.join());
    }

    private RunningJar node(String name, String... options) {
        List<String> all = new ArrayList<>(List.of(options));
        all.add(SEGMENTS);
        all.addAll(ExternalMongoSecrets.options());
        try {
            return RunningJar.start(dir.resolve(name), dir.resolve(name + ".log"), all.toArray(String[]::new));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String owner(RunningJar node) throws IOException {
        return node.pid() + "@" + java.net.InetAddress.getLocalHost().getHostName();
    }

    /** Per processor (the command side's and the config entry left out), who holds its segments. */
    private static Map<String, Set<String>> owners(MongoCollection<Document> tokens) {
        Map<String, Set<String>> owners = new HashMap<>();
        for (Document token : tokens.find()) {
            String processor = token.getString("processorName");
            if (processor == null || processor.startsWith("__") || processor.endsWith("Processor")
                    || processor.equals("mentoring-credits")) {
                continue;
            }
            owners.computeIfAbsent(processor, p -> new HashSet<>()).add(String.valueOf(token.getString("owner")));
        }
        return owners;
    }

    /** Every query processor's segments held, by both query nodes between them, none by anyone else. */
    private static boolean split(Map<String, Set<String>> owners, String q1, String q2) {
        return !owners.isEmpty() && owners.values().stream().allMatch(Set.of(q1, q2)::equals);
    }

    private static long segmentsOf(MongoCollection<Document> tokens, String processor) {
        return tokens.countDocuments(new Document("processorName", processor));
    }

    private static String hire(RunningJar node, String name) throws Exception {
        return node.hire(name, name.toLowerCase().replace(' ', '-'));
    }

    private static void complete(RunningJar node, String employee, String prefix) {
        for (int i = 0; i < COMPLETIONS_PER_NODE; i++) {
            try {
                HttpResponse<String> recorded = node.send("POST", "/api/employees/" + employee + "/course-completions",
                                                          completion(prefix + "-" + i));
                assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static String completion(String course) {
        return """
                {"courseId":"%s","title":"Course %s","provider":"ACADEMY","skills":[],"hours":1,"completedOn":"%s"}
                """.formatted(course, course, LocalDate.of(2022, 3, 1));
    }

    /** The timeline read on that node holds the hire and each completion exactly once. */
    private static void assertExactlyOnce(RunningJar reader, String employee, int completions) {
        JsonNode timeline = Eventually.await(() -> reader.timeline(employee),
                                             t -> t != null && t.get("entries").size() >= completions + 1, WAIT);
        assertThat(timeline.get("entries")).hasSize(completions + 1);
        Set<String> events = new HashSet<>();
        Set<String> courses = new HashSet<>();
        timeline.get("entries").forEach(e -> {
            events.add(e.get("eventId").asText());
            if (e.get("kind").asText().equals("COURSE_COMPLETED")) {
                courses.add(e.at("/refs/courseId").asText());
            }
        });
        assertThat(events).hasSize(completions + 1);
        assertThat(courses).hasSize(completions);
    }


    /** The directory and search views: a search for the name finds the employee once; readiness has them too. */
    private static void assertFoundOnce(RunningJar reader, String name, String employee) {
        JsonNode found = Eventually.await(() -> reader.read("/api/search?q=" + name), r -> r != null
                && r.get("results").findValuesAsText("id").contains(employee), WAIT);
        assertThat(found.get("results").findValuesAsText("id")).containsOnlyOnce(employee);
        assertThat(Eventually.await(() -> reader.read("/api/employees/" + employee + "/readiness"), r -> r != null, WAIT))
                .isNotNull();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitPort(int port) {
        Eventually.await(() -> {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return true;
            } catch (IOException notYet) {
                return false;
            }
        }, open -> open, Duration.ofSeconds(30));
    }
}
