package io.factcheck.knowledgesync;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClosedException;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The SPARQL endpoint (the Wikidata Query Service, or CLAIMS_WIKIDATA_SPARQL_URL) over the Vert.x web client: a GET
 * per query (the Query Service caches GETs), with the configured User-Agent, a timeout covering the whole answer, and
 * retries only where the endpoint asks for them: 429, 502, 503 and 504, after its Retry-After (seconds or an HTTP
 * date) or else a doubling backoff, up to the configured attempts and wait. Anything else (no answer in time, no
 * connection, another status, an answer that is not SPARQL JSON) fails at once with a {@link SyncFailure}.
 */
@ApplicationScoped
public class SparqlEndpoint {

    static final String MEDIA_TYPE = "application/sparql-results+json";
    private static final Logger LOG = Logger.getLogger(SparqlEndpoint.class);
    private static final int QUOTED_BODY = 300;

    private final SyncSettings.Sync settings;
    private final WebClient client;

    public SparqlEndpoint(Vertx vertx, SyncSettings settings) {
        this.settings = settings.sync();
        long timeout = this.settings.timeout().toMillis();
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setUserAgent(this.settings.userAgent())
                .setConnectTimeout((int) Math.min(timeout, Integer.MAX_VALUE))
                .setTryUseCompression(true)
                .setFollowRedirects(true));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    public URI url() {
        return settings.sparqlUrl();
    }

    /** The answer to one query; {@code requests} counts every request sent, retries included. */
    public Uni<SparqlAnswer> query(String query, AtomicInteger requests) {
        return attempt(query, 1, requests);
    }

    private Uni<SparqlAnswer> attempt(String query, int attempt, AtomicInteger requests) {
        Duration timeout = settings.timeout();
        return Uni.createFrom().deferred(() -> {
            requests.incrementAndGet();
            return client.getAbs(settings.sparqlUrl().toString())
                    .addQueryParam("query", query)
                    .putHeader("Accept", MEDIA_TYPE)
                    .idleTimeout(timeout.toMillis())
                    .send();
        })
                // the idle timeout ends a silent connection; this one ends an answer that trickles for too long
                .ifNoItem().after(timeout).failWith(() -> new SyncFailure(noAnswer(timeout)))
                .onFailure(f -> !(f instanceof SyncFailure)).transform(this::failure)
                .chain(response -> {
                    int status = response.statusCode();
                    if (status == 200) {
                        return Uni.createFrom().item(() -> answer(response));
                    }
                    if (status == 429 || status == 502 || status == 503 || status == 504) {
                        Duration wait = retryAfter(response.getHeader("Retry-After"))
                                .orElse(settings.backoff().multipliedBy(1L << Math.min(attempt - 1, 20)));
                        if (attempt >= settings.maxAttempts()) {
                            throw new SyncFailure(settings.sparqlUrl() + " answered " + status + " " + attempt
                                    + " times in a row; the sync gave up (" + settings.maxAttempts() + " attempts)");
                        }
                        if (wait.compareTo(settings.maxRetryWait()) > 0) {
                            throw new SyncFailure(settings.sparqlUrl() + " answered " + status + " and asked to wait "
                                    + wait.toSeconds() + " s, longer than the " + settings.maxRetryWait().toSeconds()
                                    + " s the sync waits");
                        }
                        LOG.infof("SPARQL endpoint answered %d; retrying in %d ms (attempt %d of %d)", status,
                                wait.toMillis(), attempt + 1, settings.maxAttempts());
                        Uni<Void> pause = wait.isZero() ? Uni.createFrom().voidItem()
                                : Uni.createFrom().voidItem().onItem().delayIt().by(wait);
                        return pause.chain(() -> attempt(query, attempt + 1, requests));
                    }
                    throw new SyncFailure(settings.sparqlUrl() + " answered HTTP " + status + ": " + quote(response));
                });
    }

    private SparqlAnswer answer(HttpResponse<Buffer> response) {
        String type = response.getHeader("Content-Type");
        if (type != null && !type.toLowerCase().contains("json")) {
            throw new SyncFailure(settings.sparqlUrl() + " answered " + type + ", not " + MEDIA_TYPE + ": "
                    + quote(response));
        }
        Buffer body = response.body();
        try {
            return SparqlAnswer.parse(body == null ? new byte[0] : body.getBytes());
        } catch (SparqlAnswerException e) {
            throw new SyncFailure(settings.sparqlUrl() + " answered with " + e.getMessage(), e);
        }
    }

    private Throwable failure(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof java.util.concurrent.TimeoutException || root instanceof io.netty.handler.timeout.TimeoutException
                || String.valueOf(root.getMessage()).toLowerCase().contains("timeout")) {
            return new SyncFailure(noAnswer(settings.timeout()), cause);
        }
        if (root instanceof ConnectException || root instanceof UnknownHostException) {
            return new SyncFailure("cannot reach " + settings.sparqlUrl() + ": " + root.getMessage(), cause);
        }
        if (root instanceof HttpClosedException) {
            return new SyncFailure(settings.sparqlUrl() + " closed the connection before it answered", cause);
        }
        return new SyncFailure("the request to " + settings.sparqlUrl() + " failed: " + root, cause);
    }

    private String noAnswer(Duration timeout) {
        return "no answer from " + settings.sparqlUrl() + " within " + timeout.toMillis() / 1000.0 + " s";
    }

    /** Retry-After as delay-seconds or an HTTP date (RFC 9110 section 10.2.3); empty when absent or unreadable. */
    static java.util.Optional<Duration> retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return java.util.Optional.empty();
        }
        String value = header.trim();
        try {
            return java.util.Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return java.util.Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                return java.util.Optional.empty();
            }
        }
    }

    private static String quote(HttpResponse<Buffer> response) {
        Buffer body = response.body();
        if (body == null || body.length() == 0) {
            return "(no body)";
        }
        String text = new String(body.getBytes(), StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
        return text.length() <= QUOTED_BODY ? text : text.substring(0, QUOTED_BODY) + "…";
    }
}
