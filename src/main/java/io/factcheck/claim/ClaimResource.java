package io.factcheck.claim;

import jakarta.ws.rs.core.SecurityContext;
import io.factcheck.common.PublishedAt;
import io.factcheck.common.http.RunsToCompletion;
import io.factcheck.idempotency.Idempotency;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterStyle;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.factcheck.claimreview.ClaimReview;
import io.factcheck.claimreview.ClaimReviewResource;
import io.factcheck.claimreview.ClaimReviewService;
import io.factcheck.claimreview.ClaimReviewWarnings;
import io.factcheck.common.QueryParams;
import io.factcheck.common.http.EntityTag;
import io.factcheck.common.http.IfMatch;
import io.factcheck.common.http.Tagged;
import io.factcheck.common.paging.Page;
import io.factcheck.common.paging.PageRequest;
import io.factcheck.common.security.ReadAccess;
import io.factcheck.common.security.Roles;
import io.factcheck.common.security.Visibility;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/claims")
@Tag(name = "Claims", description = "Checkable statements anchored in articles, with their current verdict")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Malformed request or parameter")
public class ClaimResource {

    static final String IF_MATCH = "The ETag of GET /claims/{id}: the write happens only if the claim is still at that "
            + "version (else 412)";

    private final ClaimService service;
    private final ClaimReviewService claimReviews;
    private final Idempotency idempotency;

    private final ReadAccess access;
    private final Visibility visibility;

    public ClaimResource(ClaimService service, ClaimReviewService claimReviews, Idempotency idempotency,
            ReadAccess access, Visibility visibility) {
        this.access = access;
        this.visibility = visibility;
        this.idempotency = idempotency;
        this.service = service;
        this.claimReviews = claimReviews;
    }

    @GET
    @Operation(summary = "Search claims",
            description = "Full-text search (q, PostgreSQL websearch syntax) and filters, newest first, cursor-paged. "
                    + "since/until/maxAgeDays bound the article's publication date.")
    @APIResponse(responseCode = "200", description = "A page of claims")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Uni<RestResponse<Page<ClaimView>>> searchClaims(
            @Parameter(description = "Full-text query, e.g. \"prime minister\" -Putin") @RestQuery String q,
            @Parameter(description = "Verdicts, comma-separated or repeated", style = ParameterStyle.FORM, explode = Explode.FALSE, schema = @Schema(type = SchemaType.ARRAY, implementation = Verdict.class)) @RestQuery List<String> verdict,
            @Parameter(description = "Statuses, comma-separated or repeated", style = ParameterStyle.FORM, explode = Explode.FALSE, schema = @Schema(type = SchemaType.ARRAY, implementation = ClaimStatus.class)) @RestQuery List<String> status,
            @Parameter(description = "Only claims of this article", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @RestQuery String articleId,
            @Parameter(description = "Publisher of the article (case-insensitive)") @RestQuery String publisher,
            @Parameter(description = "Person the claim is about (case-insensitive)") @RestQuery String person,
            @Parameter(description = "Minimum confidence, 0 to 1", schema = @Schema(type = SchemaType.NUMBER, minimum = "0", maximum = "1")) @RestQuery String minConfidence,
            @Parameter(description = PublishedAt.SINCE, schema = @Schema(ref = "PublishedAt")) @RestQuery String since,
            @Parameter(description = PublishedAt.UNTIL, schema = @Schema(ref = "PublishedAt")) @RestQuery String until,
            @Parameter(description = "Articles published within this many days before today", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "36500")) @RestQuery String maxAgeDays,
            @Parameter(description = "Page size, 1 to 200 (default 20)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20")) @RestQuery String limit,
            @Parameter(description = "Cursor from the previous page's next") @RestQuery String cursor) {
        PageRequest page = PageRequest.of(QueryParams.positiveInt("limit", limit, PageRequest.MAX_LIMIT), cursor);
        ClaimQuery query = ClaimQueries.parse(q, verdict, status, articleId, publisher, person, minConfidence, since,
                until, maxAgeDays);
        return access.audience().chain(audience -> service.search(query, page, audience))
                .map(found -> new Tagged<>(found, EntityTag.ofPage("claims", found, EntityTag::of)).ok());
    }

    @POST
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an editor claim",
            description = "Anchor by offsets (start/end) or by quote (exact, with prefix/suffix when the quote repeats).")
    @APIResponseSchema(value = ClaimView.class, responseCode = "201", responseDescription = "Created; Location names the claim")
    @APIResponse(responseCode = "415", description = "Not JSON")
    @APIResponse(responseCode = "422", description = "Invalid fields, unknown article, a quote that is absent or ambiguous, "
            + "or the article already holds the most claims allowed")
    @RunsToCompletion
    public Uni<RestResponse<ClaimView>> createClaim(@Valid @NotNull ClaimRequest body,
            @Parameter(description = Idempotency.DESCRIPTION) @RestHeader(Idempotency.HEADER) String idempotencyKey,
            SecurityContext security) {
        return idempotency.create(idempotency.request(idempotencyKey, security, "POST", "/api/v1/claims", body),
                () -> service.create(body),
                claim -> Tagged.of(ClaimView.of(claim)).created(URI.create("/api/v1/claims/" + claim.id)));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one claim",
            description = "As JSON (Accept: application/json, */* or none), or as a schema.org ClaimReview "
                    + "(Accept: application/ld+json).")
    @APIResponse(responseCode = "200", description = "The claim; its ETag is what If-Match on PATCH and DELETE compares",
            headers = @Header(name = ClaimReviewWarnings.HEADER, description = "JSON-LD only: "
                    + ClaimReviewWarnings.DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimView.class)),
                    @Content(mediaType = ClaimReviewResource.JSON_LD, schema = @Schema(implementation = ClaimReview.class)) })
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such claim")
    @APIResponse(responseCode = "406", description = "Accept allows neither JSON nor JSON-LD")
    public Uni<RestResponse<ClaimView>> getClaim(@RestPath UUID id) {
        return access.audience().chain(audience -> service.view(id, audience))
                .map(claim -> Tagged.of(claim).okVaryingByAccept());
    }

    /** The JSON-LD variant of {@link #getClaim}; documented there, as OpenAPI has one operation per method and path. */
    @GET
    @Path("/{id}")
    @Produces(ClaimReviewResource.JSON_LD)
    @Operation(hidden = true)
    public Uni<RestResponse<ClaimReview>> getClaimReview(@RestPath UUID id, UriInfo uriInfo) {
        return visibility.claim(id).chain(() -> claimReviews.ofClaim(id, uriInfo.getBaseUri()))
                .map(Tagged::okVaryingByAccept);
    }

    @PATCH
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Path("/{id}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @Operation(summary = "Change a claim's text, anchor, claimant or person")
    @APIResponse(responseCode = "200", description = "The changed claim; ETag is the new version's")
    @APIResponse(responseCode = "404", description = "No such claim")
    @APIResponse(responseCode = "409", description = "Changed concurrently")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    @APIResponse(responseCode = "422", description = "Invalid fields or anchor")
    @RunsToCompletion
    public Uni<RestResponse<ClaimView>> patchClaim(@RestPath UUID id,
            @Parameter(description = IF_MATCH) @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull ClaimPatch body) {
        return service.patch(id, body, IfMatch.parse(ifMatch)).map(claim -> Tagged.of(ClaimView.of(claim)).ok());
    }

    @DELETE
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Path("/{id}")
    @Operation(summary = "Delete a claim and its reviews")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such claim")
    @APIResponse(responseCode = "409", description = "Changed concurrently")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    @RunsToCompletion
    public Uni<RestResponse<Void>> deleteClaim(@RestPath UUID id,
            @Parameter(description = IF_MATCH) @RestHeader("If-Match") String ifMatch) {
        return service.delete(id, IfMatch.parse(ifMatch)).map(ignored -> RestResponse.noContent());
    }
}
