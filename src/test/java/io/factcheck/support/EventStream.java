package io.factcheck.support;

import static org.assertj.core.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.restassured.RestAssured;

/** A server-sent event stream read line by line with the JDK client (rest-assured does not stream). */
public final class EventStream implements AutoCloseable {

    /** How long any wait for the server may take before the test fails. */
    public static final Duration WAIT = Duration.ofSeconds(10);

    public record Event(String id, String name, String data) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> comments = new LinkedBlockingQueue<>();
    private final HttpClient client = HttpClient.newHttpClient();
    private volatile Flow.Subscription subscription;
    private final CompletableFuture<HttpResponse.ResponseInfo> headers = new CompletableFuture<>();
    private final CompletableFuture<HttpResponse<Void>> response;

    private EventStream(String pathAndQuery, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://localhost:" + RestAssured.port + pathAndQuery)).header("Accept", "text/event-stream");
        headers.forEach(request::header);
        response = client.sendAsync(request.build(), info -> {
            this.headers.complete(info);
            return HttpResponse.BodySubscribers.fromLineSubscriber(new Lines());
        });
    }

    /**
     * Opens the stream and waits for its first comment: from then on, the server delivers every change to it. Like
     * every request of the suite (AdminKeyByDefault), it sends the admin key unless the headers carry Authorization.
     */
    public static EventStream open(String pathAndQuery) {
        return open(pathAndQuery, Map.of());
    }

    public static EventStream open(String pathAndQuery, Map<String, String> headers) {
        Map<String, String> withKey = new java.util.HashMap<>(headers);
        withKey.putIfAbsent("Authorization", TestKeys.bearer(TestKeys.ADMIN));
        return openAs(pathAndQuery, withKey);
    }

    /** As an anonymous caller (for access-control tests): only the headers given. */
    public static EventStream anonymous(String pathAndQuery, Map<String, String> headers) {
        return openAs(pathAndQuery, headers);
    }

    private static EventStream openAs(String pathAndQuery, Map<String, String> headers) {
        EventStream stream = new EventStream(pathAndQuery, headers);
        stream.nextComment();
        return stream;
    }

    /** Status and headers (the response itself completes only when the stream ends). */
    public HttpResponse.ResponseInfo response() {
        try {
            return headers.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("No response headers within " + WAIT, e);
        }
    }

    public Event next() {
        try {
            Event event = events.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (event == null) {
                fail("No event within " + WAIT);
            }
            return event;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Whether the server ended the stream cleanly (waits up to {@link #WAIT} for it). */
    public boolean ended() throws InterruptedException {
        try {
            response.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException notCleanly) {
            return false;
        }
    }

    /** The next event within the given time, or null: for asserting that nothing more arrives. */
    public Event poll(Duration within) throws InterruptedException {
        return events.poll(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The events received so far, without waiting. */
    public java.util.List<Event> received() {
        java.util.List<Event> all = new java.util.ArrayList<>();
        events.drainTo(all);
        return all;
    }

    public String nextComment() {
        try {
            String comment = comments.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (comment == null) {
                fail("No comment within " + WAIT);
            }
            return comment;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        if (subscription != null) {
            subscription.cancel();
        }
        response.cancel(true);
    }

    /** Parses the text/event-stream format: fields until a blank line; lines starting with ':' are comments. */
    private final class Lines implements Flow.Subscriber<String> {

        private final Map<String, StringBuilder> fields = new HashMap<>();

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.isEmpty()) {
                if (fields.containsKey("data")) {
                    events.add(new Event(value("id"), value("event"), value("data")));
                }
                fields.clear();
            } else if (line.startsWith(":")) {
                comments.add(line.substring(1).trim());
            } else {
                int colon = line.indexOf(':');
                String name = colon < 0 ? line : line.substring(0, colon);
                String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
                StringBuilder field = fields.get(name);
                if (field == null) {
                    fields.put(name, new StringBuilder(value));
                } else {
                    field.append('\n').append(value);
                }
            }
        }

        private String value(String name) {
            StringBuilder field = fields.get(name);
            return field == null ? null : field.toString();
        }

        @Override
        public void onError(Throwable throwable) {
        }

        @Override
        public void onComplete() {
        }
    }
}
