package io.factcheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.factcheck.check.Annotation;
import io.factcheck.check.CheckRequest;
import io.factcheck.check.CheckResponse;
import io.factcheck.check.KnowledgeSnapshot;
import io.factcheck.check.RoleChecker;
import io.factcheck.common.StrictJson;
import io.factcheck.knowledge.KnowledgeFile;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;

/**
 * The fair reference for {@code POST /api/v1/check} (issue #16): the service's own checker on the same knowledge,
 * behind the same HTTP and JSON work: the body read by a Jackson mapper configured as the service's (Quarkus' defaults
 * plus {@link StrictJson}) into the same {@link CheckRequest}, the text checked on a pool of one thread per core off
 * the event loop (as CheckService does), and the same {@link CheckResponse} written by the same mapper. What the ratio
 * then measures is the framework: routing, the rate limiter, admission, validation, the reactive plumbing.
 */
final class ReferenceCheck {

    private final RoleChecker checker;
    private final ObjectMapper json;
    private final ExecutorService pool;

    ReferenceCheck(KnowledgeFile knowledge) {
        this.checker = new RoleChecker(withUuids(knowledge.toSnapshot()));
        // Quarkus' ObjectMapper: modules found on the class path, dates as ISO strings, unknown properties ignored
        this.json = JsonMapper.builder().findAndAddModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        new StrictJson().customize(json);
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            Thread thread = new Thread(r, "reference-checker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The service's knowledge has UUID ids, the file's snapshot its keys: the same ids make the same answer size. */
    private static KnowledgeSnapshot withUuids(KnowledgeSnapshot file) {
        return new KnowledgeSnapshot(
                file.people().stream().map(p -> new KnowledgeSnapshot.Person(uuid(p.id()), p.name(), p.aliases()))
                        .toList(),
                file.offices().stream().map(o -> new KnowledgeSnapshot.Office(uuid(o.id()), o.title(),
                        o.jurisdiction(), o.adjectives(), o.aliases(), o.knownUntil())).toList(),
                file.tenures().stream().map(t -> new KnowledgeSnapshot.Tenure(uuid(t.id()), uuid(t.personId()),
                        uuid(t.officeId()), t.start(), t.end(), t.precision(), t.source(), t.acting())).toList());
    }

    private static String uuid(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    void handle(HttpServerRequest request) {
        Context context = Vertx.currentContext();
        request.body().onSuccess(body -> {
            CheckRequest check;
            try {
                check = json.readValue(body.getBytes(), CheckRequest.class);
            } catch (IOException e) {
                ReferenceHttp.fail(request, new ReferenceHttp.HttpFailure(400, "unreadable JSON"));
                return;
            }
            // the constraints CheckRequest declares, which the service's validator checks
            if (check.text() == null || check.text().isBlank() || check.text().length() > CheckRequest.MAX_TEXT_CHARS) {
                ReferenceHttp.fail(request, new ReferenceHttp.HttpFailure(422, "text: missing or too long"));
                return;
            }
            LocalDate reference = check.publishedAt() != null ? check.publishedAt().localDate()
                    : LocalDate.now(ZoneOffset.UTC);
            pool.execute(() -> {
                List<Annotation> annotations = checker.check(check.text(), reference);
                context.runOnContext(ignored -> {
                    try {
                        byte[] answer = json.writeValueAsBytes(new CheckResponse(reference, annotations));
                        request.response().putHeader(HttpHeaders.CONTENT_TYPE, ReferenceHttp.JSON)
                                .end(Buffer.buffer(answer));
                    } catch (IOException e) {
                        ReferenceHttp.fail(request, e);
                    }
                });
            });
        }).onFailure(failure -> ReferenceHttp.fail(request, failure));
    }
}
