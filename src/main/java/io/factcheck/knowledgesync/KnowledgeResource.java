package io.factcheck.knowledgesync;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.factcheck.common.QueryParams;
import io.factcheck.common.http.EntityTag;
import io.factcheck.common.http.RunsToCompletion;
import io.factcheck.common.http.Tagged;
import io.factcheck.common.paging.Page;
import io.factcheck.common.paging.PageRequest;
import io.factcheck.common.problem.InvalidParameterException;
import io.factcheck.common.problem.UnprocessableException;
import io.factcheck.common.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** The knowledge as a whole: what it holds, and keeping it current from Wikidata (src/docs/knowledge-sync.md). */
@Path("/api/v1/knowledge")
@Tag(name = "Knowledge base")
@Produces(MediaType.APPLICATION_JSON)
public class KnowledgeResource {

    private final KnowledgeSummaryService summaries;
    private final KnowledgeSyncService syncs;
    private final KnowledgeSyncRepository runs;

    public KnowledgeResource(KnowledgeSummaryService summaries, KnowledgeSyncService syncs,
            KnowledgeSyncRepository runs) {
        this.summaries = summaries;
        this.syncs = syncs;
        this.runs = runs;
    }

    @GET
    @Operation(summary = "What the knowledge holds, from which sources, and until when",
            description = "Counts of people, offices and tenures; the shipped knowledge file's version and as-of date; "
                    + "each source of tenures (the shipped file, hand edits through the API, Wikidata imports and "
                    + "syncs) with its dates; the earliest and latest of the offices' known-until dates; the number "
                    + "of changes waiting for an admin; the sync's schedule.")
    @APIResponse(responseCode = "200", description = "The knowledge's summary")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Uni<RestResponse<KnowledgeSummary>> getKnowledge() {
        return summaries.summary().map(summary -> new Tagged<>(summary, EntityTag.digest("knowledge", summary)).ok());
    }

    @POST
    @Path("/sync")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Sync the knowledge with Wikidata now",
            description = "Starts a sync in the background and answers its run (202, Location: the run). The sync asks "
                    + "CLAIMS_WIKIDATA_SPARQL_URL for the holders of every office that has a Wikidata id, in batches, "
                    + "and applies the change set in one transaction only when every batch answered: a failure "
                    + "changes nothing and is reported on the run. Additions and end dates of open tenures are "
                    + "applied; changes that contradict shipped or hand-edited tenures wait at GET /knowledge/changes. "
                    + "Then the affected articles are re-checked; GET /knowledge/syncs/{id} shows the progress.")
    @APIResponseSchema(value = SyncView.class, responseCode = "202", responseDescription = "Started; Location names the run")
    @APIResponse(responseCode = "409", description = "A sync or import is running (the detail names it)")
    @RunsToCompletion
    public Uni<RestResponse<SyncView>> syncKnowledge(SecurityContext security) {
        return syncs.startManual(security.getUserPrincipal().getName()).map(run -> RestResponse.ResponseBuilder
                .<SyncView>create(Response.Status.ACCEPTED)
                .location(URI.create("/api/v1/knowledge/syncs/" + run.id))
                .entity(SyncView.of(run)).build());
    }

    @POST
    @Path("/import/sparql")
    @RolesAllowed(Roles.ADMIN)
    @Consumes({ SparqlEndpoint.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @Operation(summary = "Import the answer of the holder query (SPARQL 1.1 Query Results JSON)",
            description = "For deployments that cannot reach Wikidata: run the holder query of "
                    + "src/docs/knowledge-sync.md at https://query.wikidata.org and send its answer as "
                    + "application/sparql-results+json. Variables: person, personLabel, office, officeLabel, "
                    + "statement (the P39 statement, the idempotency key), start, startPrecision, end, endPrecision "
                    + "(wikibase:timePrecision: 9 year, 10 month, 11 day), and optionally country, countryLabel. "
                    + "Offices and people the knowledge does not know are created with their labels. The change set "
                    + "is applied in one transaction, as a sync's; importing the same answer again changes nothing. "
                    + "The affected articles are re-checked in the background.")
    @RequestBody(description = "A SPARQL 1.1 JSON answer: {\"head\": {\"vars\": […]}, \"results\": {\"bindings\": […]}}",
            content = @Content(mediaType = SparqlEndpoint.MEDIA_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", description = "The import's run: what it applied, proposed and skipped")
    @APIResponse(responseCode = "400", description = "Not JSON, truncated JSON, or a bad asOf")
    @APIResponse(responseCode = "409", description = "A sync or import is running, or a concurrent change")
    @APIResponse(responseCode = "413", description = "Body too large (send the answers of smaller batches of offices)")
    @APIResponse(responseCode = "415", description = "Neither application/sparql-results+json nor application/json")
    @APIResponse(responseCode = "422", description = "JSON, but not the holder query's answer, or a date that cannot be")
    @RunsToCompletion
    public Uni<SyncView> importSparql(byte[] body,
            @Parameter(description = "The day the query ran (YYYY-MM-DD): the known-until dates of the offices in the "
                    + "answer advance to it; without it they stay") @RestQuery String asOf,
            SecurityContext security) {
        LocalDate day = QueryParams.date("asOf", asOf);
        if (day != null && day.isAfter(LocalDate.now(ZoneOffset.UTC))) {
            throw new InvalidParameterException("asOf", "must not be in the future");
        }
        if (body == null || body.length == 0) {
            throw new InvalidParameterException("body", "is empty: send the SPARQL answer");
        }
        SparqlAnswer answer;
        try {
            answer = SparqlAnswer.parse(body);
        } catch (SparqlAnswerException e) {
            if (e.kind() == SparqlAnswerException.Kind.MALFORMED_JSON) {
                throw new InvalidParameterException("body", e.getMessage());
            }
            throw new UnprocessableException("body", e.getMessage());
        }
        return syncs.importAnswer(answer, day, security.getUserPrincipal().getName()).map(SyncView::of);
    }

    @GET
    @Path("/syncs")
    @WithSession
    @Operation(summary = "List syncs, imports and reviews, newest first", description = "Cursor-paged.")
    @APIResponse(responseCode = "200", description = "A page of runs")
    @APIResponse(responseCode = "400", description = "Bad limit or cursor")
    public Uni<Page<SyncView>> listSyncs(
            @Parameter(description = "Page size, 1 to 200 (default 20)") @RestQuery String limit,
            @Parameter(description = "Cursor from the previous page's next") @RestQuery String cursor) {
        PageRequest page = PageRequest.of(QueryParams.positiveInt("limit", limit, PageRequest.MAX_LIMIT), cursor);
        return runs.list(page).map(rows -> page.page(rows, r -> r.createdAt, r -> r.id, SyncView::of));
    }

    @GET
    @Path("/syncs/{id}")
    @Operation(summary = "One sync, import or review: state, counts, errors, re-check progress")
    @APIResponse(responseCode = "200", description = "The run")
    @APIResponse(responseCode = "404", description = "No such run")
    public Uni<SyncView> getSync(@RestPath UUID id) {
        return syncs.get(id).map(SyncView::of);
    }
}
