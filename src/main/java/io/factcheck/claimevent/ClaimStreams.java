package io.factcheck.claimevent;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * This instance's open claim event streams, written to as raw Vert.x responses. Each event is encoded once into an
 * SSE frame; streams are grouped by the event loop of their connection, and a broadcast is one task per event loop
 * that writes the shared frame to each of its streams. All of a stream's state is touched only on its event loop, so
 * nothing is locked and no write crosses threads.
 */
@ApplicationScoped
public class ClaimStreams {

    /** Per-stream buffer for a slow client; a stream that overflows it ends, and its client resumes by Last-Event-ID. */
    static final int STREAM_BUFFER = 1024;
    /** Replayed events go out in chunks of this many, so a long replay never exceeds the stream's buffer. */
    private static final int REPLAY_CHUNK = 128;
    private static final Buffer KEEP_ALIVE = Buffer.buffer(": keep-alive\n\n");
    private static final Logger LOG = Logger.getLogger(ClaimStreams.class);

    private final ClaimEventLog log;
    private final ObjectMapper json;
    private final Vertx vertx;
    private final long heartbeatMillis;
    private final Map<Thread, Loop> loops = new ConcurrentHashMap<>();
    private volatile boolean closed;

    public ClaimStreams(ClaimEventLog log, ObjectMapper json, Vertx vertx,
            @ConfigProperty(name = "claims.events.heartbeat") Duration heartbeat) {
        this.log = log;
        this.json = json;
        this.vertx = vertx;
        this.heartbeatMillis = Math.max(1, heartbeat.toMillis());
    }

    /** One encoded event: what every stream that wants it is sent, byte for byte. */
    record Frame(long id, UUID articleId, boolean visibleToAll, Buffer bytes) {
    }

    /** Which events a stream wants: one article's or all; everything (a key) or only what the public may read. */
    record Filter(UUID articleId, boolean publicOnly) {

        boolean everything() {
            return articleId == null && !publicOnly;
        }

        boolean wants(Frame frame) {
            return (articleId == null || articleId.equals(frame.articleId())) && (!publicOnly || frame.visibleToAll());
        }
    }

    /**
     * Takes over the request's response as an event stream: headers and the first keep-alive at once, then live
     * events (after the logged ones following lastEventId, when given). Must be called on the request's event loop.
     * The Uni never completes: RESTEasy cancels it when the connection closes, which is when the stream goes away.
     */
    public Uni<Void> open(HttpServerRequest request, Long lastEventId, UUID articleId, boolean publicOnly) {
        Context context = Vertx.currentContext();
        if (context == null || !Context.isOnEventLoopThread()) {
            throw new IllegalStateException("A claim event stream is opened on its connection's event loop");
        }
        return Uni.createFrom().emitter(emitter -> {
            Stream stream = new Stream(loopOf(context), request, new Filter(articleId, publicOnly));
            emitter.onTermination(stream::gone);
            stream.start(lastEventId);
        });
    }

    /** Sends events (oldest first) to every stream that wants them; called by one thread at a time, in order. */
    void publish(List<ClaimEvent> events) {
        if (events.isEmpty() || loops.isEmpty()) {
            return;
        }
        List<Frame> frames = new ArrayList<>(events.size());
        for (ClaimEvent event : events) {
            frames.add(frame(event));
        }
        Batch batch = new Batch(frames, concat(frames));
        for (Loop loop : loops.values()) {
            loop.context.runOnContext(ignored -> loop.deliver(batch));
        }
    }

    /** At shutdown: every stream ends (cleanly, so its client resumes elsewhere), and new ones end at once. */
    void endAll() {
        closed = true;
        for (Loop loop : loops.values()) {
            loop.context.runOnContext(ignored -> loop.endAll());
        }
    }

    private Loop loopOf(Context context) {
        return loops.computeIfAbsent(Thread.currentThread(), thread -> new Loop(thread, context));
    }

    /** id, event and data fields in that order, as the stream has always sent them; data split at line breaks. */
    Frame frame(ClaimEvent event) {
        String data;
        try {
            data = json.writeValueAsString(event.data());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A claim event is always serialisable", e);
        }
        StringBuilder text = new StringBuilder(data.length() + 64)
                .append("id:").append(event.id())
                .append("\nevent:").append(event.type().eventName()).append('\n');
        for (String line : data.split("\r\n|\r|\n", -1)) {
            text.append("data:").append(line).append('\n');
        }
        text.append('\n');
        return new Frame(event.id(), event.articleId(), event.visibleToAll(), Buffer.buffer(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static Buffer concat(List<Frame> frames) {
        if (frames.size() == 1) {
            return frames.get(0).bytes();
        }
        Buffer all = Buffer.buffer();
        frames.forEach(frame -> all.appendBuffer(frame.bytes()));
        return all;
    }

    /** A broadcast's frames, and all of them as one buffer for the unfiltered streams (one write each). */
    private record Batch(List<Frame> frames, Buffer all) {
    }

    /** The streams whose connections one event loop serves; its fields are touched only on that event loop. */
    private final class Loop {

        final Thread thread;
        final Context context;
        final List<Stream> streams = new ArrayList<>();
        boolean delivering;

        Loop(Thread thread, Context context) {
            this.thread = thread;
            this.context = context;
        }

        void deliver(Batch batch) {
            // Streams with the same filter share their selection of the batch.
            Map<Filter, Buffer> byFilter = null;
            delivering = true;
            try {
                for (Stream stream : streams) {
                    if (stream.filter.everything()) {
                        stream.offer(batch.all(), batch.frames());
                    } else {
                        if (byFilter == null) {
                            byFilter = new HashMap<>();
                        }
                        Buffer selected = byFilter.computeIfAbsent(stream.filter, filter -> select(batch, filter));
                        if (selected.length() > 0) {
                            stream.offer(selected, batch.frames());
                        }
                    }
                }
            } finally {
                delivering = false;
                streams.removeIf(stream -> stream.ended);
            }
        }

        private Buffer select(Batch batch, Filter filter) {
            List<Frame> selected = batch.frames().stream().filter(filter::wants).toList();
            return selected.size() == batch.frames().size() ? batch.all() : concat(selected);
        }

        void endAll() {
            delivering = true;
            try {
                streams.forEach(Stream::end);
            } finally {
                delivering = false;
                streams.clear();
            }
        }

        void remove(Stream stream) {
            if (!delivering) {
                streams.remove(stream);
            }
        }
    }

    /** One open stream; all of it runs on its connection's event loop. */
    private final class Stream {

        final Loop loop;
        final HttpServerRequest request;
        final HttpServerResponse response;
        final Filter filter;
        /** Events handed to the connection whose write has not completed yet: the stream's buffer. */
        int inFlight;
        boolean ended;
        long heartbeat = -1;
        /** While replaying: the replay not yet written, and live events held back until it is. */
        ArrayDeque<Frame> replay;
        List<Frame> held;
        /** Ids sent by the replay: the live copy of one of them is a duplicate. */
        Set<Long> replayed;

        Stream(Loop loop, HttpServerRequest request, Filter filter) {
            this.loop = loop;
            this.request = request;
            this.response = request.response();
            this.filter = filter;
        }

        void start(Long lastEventId) {
            response.setStatusCode(200).setChunked(true);
            response.headers()
                    .set("Content-Type", "text/event-stream")
                    // A stream is never cached, and nginx must not buffer it.
                    .set("Cache-Control", "no-store")
                    .set("X-Accel-Buffering", "no");
            // The first comment goes out at once, so clients and proxies see the stream open before any change.
            response.write(KEEP_ALIVE);
            if (lastEventId != null) {
                held = new ArrayList<>();
            }
            // Registered before any change the client can know of: the delivery of a later change is queued after this.
            loop.streams.add(this);
            if (closed) {
                end();
                return;
            }
            heartbeat = vertx.setPeriodic(heartbeatMillis, timer -> {
                if (!ended) {
                    response.write(KEEP_ALIVE);
                }
            });
            if (lastEventId != null) {
                log.after(lastEventId, filter.articleId(), filter.publicOnly()).subscribe().with(
                        events -> onLoop(() -> replay(events)),
                        failure -> onLoop(() -> {
                            LOG.warnf("Cannot replay claim events after %d (%s); ending the stream", lastEventId,
                                    failure.getMessage());
                            end();
                        }));
            }
        }

        /** A live batch, as one buffer with the frames it holds (only the wanted ones when filtered). */
        void offer(Buffer bytes, List<Frame> frames) {
            if (ended) {
                return;
            }
            if (held != null) {
                for (Frame frame : frames) {
                    if (filter.wants(frame)) {
                        held.add(frame);
                    }
                }
                if (held.size() > STREAM_BUFFER) {
                    end();
                }
                return;
            }
            if (replayed != null && frames.stream().anyMatch(frame -> replayed.contains(frame.id()))) {
                offerAfterReplay(frames);
                return;
            }
            write(bytes, filter.everything() ? frames.size() : count(frames));
        }

        private int count(List<Frame> frames) {
            int wanted = 0;
            for (Frame frame : frames) {
                if (filter.wants(frame)) {
                    wanted++;
                }
            }
            return wanted;
        }

        /** Live events once the replay is out: without the ones it already sent. */
        private void offerAfterReplay(List<Frame> frames) {
            Buffer bytes = Buffer.buffer();
            int count = 0;
            for (Frame frame : frames) {
                if (filter.wants(frame) && !replayed.contains(frame.id())) {
                    bytes.appendBuffer(frame.bytes());
                    count++;
                }
            }
            if (count > 0) {
                write(bytes, count);
            }
        }

        private void replay(List<ClaimEvent> events) {
            if (ended) {
                return;
            }
            replayed = new HashSet<>();
            replay = new ArrayDeque<>(events.size());
            for (ClaimEvent event : events) {
                replayed.add(event.id());
                replay.add(frame(event));
            }
            pumpReplay();
        }

        /** Writes the replay a chunk at a time while the buffer has room; then the held live events, and goes live. */
        private void pumpReplay() {
            while (!ended && replay != null && inFlight + REPLAY_CHUNK <= STREAM_BUFFER) {
                if (replay.isEmpty()) {
                    replay = null;
                    List<Frame> live = held;
                    held = null;
                    offerAfterReplay(live);
                    return;
                }
                Buffer chunk = Buffer.buffer();
                int count = 0;
                while (count < REPLAY_CHUNK && !replay.isEmpty()) {
                    chunk.appendBuffer(replay.poll().bytes());
                    count++;
                }
                write(chunk, count);
            }
        }

        private void write(Buffer bytes, int events) {
            // A batch always fits an idle stream; it overflows only a stream whose earlier events are still queued.
            if (inFlight > 0 && inFlight + events > STREAM_BUFFER) {
                LOG.debugf("A claim event stream fell %d events behind; ending it", inFlight);
                end();
                return;
            }
            inFlight += events;
            // Completes on this connection's event loop once the bytes are on the socket (or failed with it).
            response.write(bytes).onComplete(written -> {
                inFlight -= events;
                if (replay != null) {
                    pumpReplay();
                }
            });
        }

        /** Ends the stream cleanly; the connection closes after it so its request is not left suspended. */
        void end() {
            if (ended) {
                return;
            }
            ended = true;
            stopHeartbeat();
            loop.remove(this);
            if (response.ended() || response.closed()) {
                return;
            }
            response.end().onComplete(done -> {
                if (request.version() != HttpVersion.HTTP_2) {
                    request.connection().close();
                }
            });
        }

        /** The connection closed (RESTEasy cancelled the request). */
        void gone() {
            onLoop(() -> {
                ended = true;
                stopHeartbeat();
                loop.remove(this);
            });
        }

        private void stopHeartbeat() {
            if (heartbeat >= 0) {
                vertx.cancelTimer(heartbeat);
                heartbeat = -1;
            }
        }

        private void onLoop(Runnable action) {
            if (Thread.currentThread() == loop.thread) {
                action.run();
            } else {
                loop.context.runOnContext(ignored -> action.run());
            }
        }
    }
}
