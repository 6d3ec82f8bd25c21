package io.factcheck.knowledgesync;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;

/**
 * A stand-in for the Wikidata Query Service on 127.0.0.1: a Vert.x HTTP server that records every request (its time,
 * User-Agent, Accept and the offices in the query's VALUES) and answers as the test programs it: with a recorded
 * answer cut down to the offices asked for, as the real service would, or with a status, a Retry-After, silence, or a
 * broken body.
 */
final class SparqlStub implements AutoCloseable {

    /** One request as the stub saw it. */
    record Seen(Instant at, String path, String userAgent, String accept, Set<String> offices, String query) {
    }

    /** One answer: a status, headers and a body; null body with {@code silent}: never answer. */
    record Reply(int status, Map<String, String> headers, String body, boolean silent) {

        static Reply json(String body) {
            return new Reply(200, Map.of("Content-Type", "application/sparql-results+json;charset=utf-8"), body,
                    false);
        }

        static Reply status(int status, Map<String, String> headers, String body) {
            return new Reply(status, headers, body, false);
        }

        static Reply silence() {
            return new Reply(0, Map.of(), null, true);
        }
    }

    private static final Pattern VALUES = Pattern.compile("VALUES \\?office \\{([^}]*)}");
    private static final Pattern ITEM = Pattern.compile("wd:(Q\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private volatile Function<Seen, Reply> answers = request -> Reply.json(SparqlFixture.raw(SparqlFixture.EMPTY));

    private SparqlStub(int port) throws Exception {
        server = vertx.createHttpServer().requestHandler(this::handle).listen(port, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    static SparqlStub start(int port) throws Exception {
        return new SparqlStub(port);
    }

    /** From now on, answers each request with what the function says. */
    void answer(Function<Seen, Reply> answers) {
        this.answers = answers;
    }

    /**
     * From now on, answers with the recorded answer's bindings for the offices each query asks for; {@code
     * alongside} maps an office to bindings of offices the query did not ask for, sent with it (how an answer brings
     * an office the knowledge does not know).
     */
    void serve(String answer, Map<String, Set<String>> alongside) {
        answer(request -> Reply.json(filtered(answer, request.offices(), alongside)));
    }

    List<Seen> requests() {
        return List.copyOf(seen);
    }

    void forget() {
        seen.clear();
    }

    private void handle(HttpServerRequest request) {
        String query = request.getParam("query");
        Set<String> offices = new LinkedHashSet<>();
        if (query != null) {
            Matcher values = VALUES.matcher(query);
            if (values.find()) {
                Matcher item = ITEM.matcher(values.group(1));
                while (item.find()) {
                    offices.add(item.group(1));
                }
            }
        }
        Seen request1 = new Seen(Instant.now(), request.path(), request.getHeader("User-Agent"),
                request.getHeader("Accept"), offices, query);
        seen.add(request1);
        Reply reply = answers.apply(request1);
        if (reply.silent()) {
            return; // never answers: the client's timeout must end it
        }
        var response = request.response().setStatusCode(reply.status());
        reply.headers().forEach(response::putHeader);
        response.end(reply.body() == null ? "" : reply.body());
    }

    /** The answer with only the bindings of the offices asked for (and those sent alongside them). */
    static String filtered(String answer, Set<String> offices, Map<String, Set<String>> alongside) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(answer);
            Set<String> wanted = new HashSet<>(offices);
            for (String office : offices) {
                wanted.addAll(alongside.getOrDefault(office, Set.of()));
            }
            ArrayNode kept = JSON.createArrayNode();
            for (JsonNode binding : root.path("results").path("bindings")) {
                String office = binding.path("office").path("value").asText();
                if (wanted.contains(office.substring(office.lastIndexOf('/') + 1))) {
                    kept.add(binding);
                }
            }
            ((ObjectNode) root.get("results")).set("bindings", kept);
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The gaps between consecutive requests. */
    List<Duration> gaps() {
        List<Seen> all = requests();
        List<Duration> gaps = new ArrayList<>();
        for (int i = 1; i < all.size(); i++) {
            gaps.add(Duration.between(all.get(i - 1).at(), all.get(i).at()));
        }
        return gaps;
    }

    @Override
    public void close() throws Exception {
        server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
