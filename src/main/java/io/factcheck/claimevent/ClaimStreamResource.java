package io.factcheck.claimevent;

import java.time.Duration;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseHeader;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.factcheck.common.QueryParams;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

@Path("/api/v1/claims/stream")
@Tag(name = "Claims")
public class ClaimStreamResource {

    private final ClaimEventFeed feed;
    private final ObjectMapper json;
    private final Duration heartbeat;
    /**
     * The last event rendered. A broadcast hands the same ClaimEvent to every stream, one after another, so rendering
     * it once (JSON and SSE event, both immutable) instead of once per stream saves that work for all but the first.
     */
    private volatile Rendered last;

    private record Rendered(ClaimEvent event, OutboundSseEvent sse) {
    }

    public ClaimStreamResource(ClaimEventFeed feed, ObjectMapper json,
            @ConfigProperty(name = "claims.events.heartbeat") Duration heartbeat) {
        this.feed = feed;
        this.json = json;
        this.heartbeat = heartbeat;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    // A stream is never cached, and nginx must not buffer it.
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    @ResponseHeader(name = "X-Accel-Buffering", value = "no")
    @Operation(summary = "Live updates of claims",
            description = "Server-sent events, one per claim created, reviewed, changed, orphaned or deleted on any "
                    + "instance: event is the type (claim.created, claim.reviewed, claim.changed, claim.orphaned, "
                    + "claim.deleted), id a monotonic number, data the claim's current state as JSON. A ': keep-alive' "
                    + "comment comes at once and every 15 s. Send Last-Event-ID to replay what was missed (up to an hour).")
    @APIResponse(responseCode = "200", description = "The event stream; it stays open",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(implementation = ClaimEventData.class)))
    @APIResponse(responseCode = "400", description = "articleId is not a UUID")
    public Multi<OutboundSseEvent> streamClaims(
            @Parameter(description = "Only this article's claims") @RestQuery String articleId,
            @Parameter(description = "The id of the last event received: events after it are replayed first")
            @RestHeader("Last-Event-ID") String lastEventId,
            @Context Sse sse) {
        UUID article = articleId == null || articleId.isBlank() ? null : QueryParams.uuid("articleId", articleId);
        Multi<OutboundSseEvent> events = feed.stream(eventId(lastEventId), article).map(event -> render(event, sse));
        // The first comment goes out at once, so clients and proxies see the stream open before any change.
        Multi<OutboundSseEvent> heartbeats = Multi.createBy().concatenating()
                .streams(Multi.createFrom().item(0L), Multi.createFrom().ticks().every(heartbeat).onOverflow().drop())
                .map(tick -> sse.newEventBuilder().comment(" keep-alive").build());
        // The ticks never end: when the events end (at shutdown), a marker failure cancels them and ends the stream.
        return Multi.createBy().merging()
                .streams(events.onCompletion().failWith(StreamEnded::new), heartbeats)
                .onFailure(StreamEnded.class).recoverWithCompletion();
    }

    private static final class StreamEnded extends RuntimeException {
        StreamEnded() {
            super("the claim event stream ended", null, false, false);
        }
    }

    private OutboundSseEvent render(ClaimEvent event, Sse sse) {
        Rendered rendered = last;
        if (rendered == null || rendered.event() != event) {
            rendered = new Rendered(event, sse.newEventBuilder()
                    .name(event.type().eventName())
                    .id(Long.toString(event.id()))
                    .data(json(event.data()))
                    .build());
            last = rendered;
        }
        return rendered.sse();
    }

    /** Serialised here: an event with a media type would carry a non-standard content-type field. */
    private String json(ClaimEventData data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A claim event is always serialisable", e);
        }
    }

    /** A Last-Event-ID this service did not send (not a number) is ignored: the stream starts live. */
    private static Long eventId(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(header.trim());
            return id >= 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
