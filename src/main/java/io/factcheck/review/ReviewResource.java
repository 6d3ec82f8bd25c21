package io.factcheck.review;

import java.net.URI;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.factcheck.common.QueryParams;
import io.factcheck.common.http.EntityTag;
import io.factcheck.common.http.RunsToCompletion;
import io.factcheck.common.http.Tagged;
import io.factcheck.common.paging.Page;
import io.factcheck.common.paging.PageRequest;
import io.factcheck.common.security.Roles;
import io.factcheck.idempotency.Idempotency;
import io.factcheck.common.security.ReadAccess;
import io.factcheck.common.security.Visibility;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

@Path("/api/v1/claims/{claimId}/reviews")
@Tag(name = "Reviews", description = "The append-only fact-check history of a claim")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    private final ReviewService service;
    private final Idempotency idempotency;

    private final ReadAccess access;
    private final Visibility visibility;

    public ReviewResource(ReviewService service, Idempotency idempotency, ReadAccess access, Visibility visibility) {
        this.service = service;
        this.access = access;
        this.visibility = visibility;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(summary = "Review history of a claim, newest first",
            description = "The whole history needs an API key (any role). Without one: the latest review only (the "
                    + "one the verdict comes from, without reviewedBy) of a claim the public may see, else 404.")
    @APIResponse(responseCode = "200", description = "A page of reviews")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "Bad limit or cursor")
    @APIResponse(responseCode = "404", description = "No such claim (that the caller may see)")
    public Uni<RestResponse<Page<ReviewView>>> listReviews(@RestPath UUID claimId,
            @Parameter(description = "Page size, 1 to 200 (default 20)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20")) @RestQuery String limit,
            @Parameter(description = "Cursor from the previous page's next") @RestQuery String cursor) {
        PageRequest page = PageRequest.of(QueryParams.positiveInt("limit", limit, PageRequest.MAX_LIMIT), cursor);
        // Reviews are append-only: their ids (and the cursor) say everything about a page.
        // The history is the desk's; the public sees the review its verdict comes from (as ClaimReview publishes it).
        return access.audience().chain(audience -> audience.seesAll() ? service.history(claimId, page)
                : visibility.claim(claimId).chain(() -> service.history(claimId, PageRequest.of(1, null)))
                        .map(latest -> new Page<>(latest.items().stream().map(ReviewView::published).toList(), null)))
                .map(history -> new Tagged<>(history, EntityTag.ofPage("reviews " + claimId, history, ReviewView::id)).ok());
    }

    @POST
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Review a claim",
            description = "Appends a review; the claim's verdict and confidence become the review's and its status REVIEWED.")
    @APIResponseSchema(value = ReviewView.class, responseCode = "201", responseDescription = "Created; Location names the claim's review history")
    @APIResponse(responseCode = "400", description = "Malformed JSON, wrong types or unknown verdict")
    @APIResponse(responseCode = "404", description = "No such claim")
    @APIResponse(responseCode = "409", description = "The claim changed concurrently; retry")
    @APIResponse(responseCode = "413", description = "Body too large")
    @APIResponse(responseCode = "415", description = "Not JSON")
    @APIResponse(responseCode = "422", description = "Missing or out-of-range fields")
    @RunsToCompletion
    public Uni<RestResponse<ReviewView>> addReview(@RestPath UUID claimId, @Valid @NotNull ReviewRequest body,
            @Parameter(description = Idempotency.DESCRIPTION) @RestHeader(Idempotency.HEADER) String idempotencyKey,
            SecurityContext security) {
        String reviewedBy = security.getUserPrincipal().getName();
        String path = "/api/v1/claims/" + claimId + "/reviews";
        return idempotency.create(idempotency.request(idempotencyKey, security, "POST", path, body),
                () -> service.add(claimId, body, reviewedBy), review -> RestResponse.ResponseBuilder
                        .<ReviewView>created(URI.create(path)).entity(ReviewView.of(review)).build());
    }
}
