package io.factcheck.claimreview;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.factcheck.common.QueryParams;
import io.factcheck.common.http.Tagged;
import io.factcheck.common.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/** Every published ClaimReview as a schema.org DataFeed, for fact-check aggregators. */
@Path("/api/v1/claimreviews")
@Tag(name = "ClaimReview")
public class ClaimReviewFeedResource {

    private final ClaimReviewService service;

    public ClaimReviewFeedResource(ClaimReviewService service) {
        this.service = service;
    }

    @GET
    @Produces({ ClaimReviewResource.JSON_LD, MediaType.APPLICATION_JSON })
    @Operation(summary = "Every published ClaimReview as a schema.org DataFeed",
            description = "One DataFeedItem per reviewed claim (an appearance of a canonical claim once, by the claim its "
                    + "verdict was written on), newest review first, with the time of that review as dateModified; "
                    + "unreviewed and orphaned claims are left out. Cursor-paged: pass next as cursor until it is null. "
                    + "Served as application/ld+json, or as application/json when that is what Accept asks for.")
    @APIResponse(responseCode = "200", description = "A page of the feed",
            headers = @Header(name = ClaimReviewWarnings.HEADER, description = ClaimReviewWarnings.DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = ClaimReviewResource.JSON_LD, schema = @Schema(implementation = ClaimReviewFeed.class)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimReviewFeed.class)) })
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "Bad limit or cursor")
    @APIResponse(responseCode = "406", description = "Accept allows neither JSON-LD nor JSON")
    public Uni<RestResponse<ClaimReviewFeed>> listClaimReviews(
            @Parameter(description = "Page size, 1 to 200 (default 20)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20")) @RestQuery String limit,
            @Parameter(description = "Cursor from the previous page's next") @RestQuery String cursor,
            UriInfo uriInfo) {
        PageRequest page = PageRequest.of(QueryParams.positiveInt("limit", limit, PageRequest.MAX_LIMIT), cursor);
        return service.feed(page, uriInfo.getBaseUri()).map(Tagged::okVaryingByAccept);
    }
}
