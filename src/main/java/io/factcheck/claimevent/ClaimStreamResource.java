package io.factcheck.claimevent;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.factcheck.common.QueryParams;
import io.factcheck.common.security.ReadAccess;
import io.factcheck.ratelimit.Bounds;
import io.factcheck.ratelimit.Caller;
import io.factcheck.ratelimit.CallerBound;
import io.factcheck.ratelimit.Permit;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/claims/stream")
@Tag(name = "Claims")
public class ClaimStreamResource {

    /** A refused stream is worth retrying soon: other streams of the same caller end all the time. */
    private static final long RETRY_AFTER_SECONDS = 5;

    private final ClaimStreams streams;
    /** Open streams per caller (API key, else client address) and in all, on this instance. */
    private final CallerBound open;

    private final ReadAccess access;

    public ClaimStreamResource(ClaimStreams streams, Bounds bounds, ReadAccess access,
            @ConfigProperty(name = "claims.events.max-streams-per-caller") int perCaller,
            @ConfigProperty(name = "claims.events.max-streams") int total) {
        this.streams = streams;
        this.access = access;
        this.open = bounds.perCaller("streams", perCaller, total, RETRY_AFTER_SECONDS);
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live updates of claims",
            description = "Server-sent events, one per claim created, reviewed, changed, orphaned, deleted or matched on "
                    + "any instance: event is the type (claim.created, claim.reviewed, claim.changed, claim.orphaned, "
                    + "claim.deleted, claim.matched: suggestions were stored for it; article.published, article.retracted), "
                    + "id a monotonic number, data the claim's current state as JSON. A ': keep-alive' "
                    + "comment comes at once and every 15 s. Send Last-Event-ID to replay what was missed (up to an hour). "
                    + "Without a key only events about what the public may read: reviewed claims of published articles, "
                    + "and retractions.")
    @APIResponse(responseCode = "200", description = "The event stream; it stays open",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(implementation = ClaimEventData.class)))
    @APIResponse(responseCode = "400", description = "articleId is not a UUID")
    @APIResponse(responseCode = "401", description = "A bad key, or no key while claims.anonymous-reads is none")
    @APIResponse(responseCode = "503", description = "This caller (API key, else client address) already has "
            + "claims.events.max-streams-per-caller streams open, or the instance its claims.events.max-streams; "
            + "retry after Retry-After seconds")
    public Uni<Void> streamClaims(
            @Parameter(description = "Only this article's claims", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestQuery String articleId,
            @Parameter(description = "The id of the last event received: events after it are replayed first")
            @RestHeader("Last-Event-ID") String lastEventId,
            @Context HttpServerRequest request, @Context RoutingContext routing) {
        // Validated here, before the response is taken over, so a bad parameter is still a problem document.
        UUID article = articleId == null || articleId.isBlank() ? null : QueryParams.uuid("articleId", articleId);
        // Beyond the caller's bound: 503 at once (OverloadedException), nothing opened.
        Permit permit = open.acquire(Caller.of(routing).id());
        // Given back when the connection goes, whichever notices first.
        routing.addEndHandler(ignored -> permit.release());
        // The response is written to directly (RESTEasy's per-event SSE serialisation would cost every stream every
        // event); ClaimStreams sets its headers.
        // The audience is known already (KeyOnReads authenticated a key before this method): no hop off the loop.
        return access.audience().chain(audience -> streams.open(request, eventId(lastEventId), article,
                !audience.seesAll())).onTermination().invoke(permit::release);
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
