package io.factcheck.claimreview;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import io.factcheck.common.http.Tagged;
import io.factcheck.common.security.Visibility;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/** The schema.org markup of an article's fact-checks, for embedding in the article's web page. */
@Path("/api/v1/articles/{id}/claimreviews")
@Tag(name = "ClaimReview", description = "schema.org ClaimReview JSON-LD for search engines and fact-check aggregators")
public class ClaimReviewResource {

    public static final String JSON_LD = "application/ld+json";

    private final ClaimReviewService service;

    private final Visibility visibility;

    public ClaimReviewResource(ClaimReviewService service, Visibility visibility) {
        this.service = service;
        this.visibility = visibility;
    }

    @GET
    @Produces({ JSON_LD, MediaType.APPLICATION_JSON })
    @Operation(summary = "The article's reviewed claims as one JSON-LD document of schema.org ClaimReviews",
            description = "{\"@context\": \"https://schema.org\", \"@graph\": [ClaimReview…]}, in text order. Claims "
                    + "without a review and orphaned claims are left out. Served as application/ld+json, or as "
                    + "application/json when that is what Accept asks for.")
    @APIResponse(responseCode = "200", description = "The JSON-LD document",
            headers = @Header(name = ClaimReviewWarnings.HEADER, description = ClaimReviewWarnings.DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such article")
    @APIResponse(responseCode = "406", description = "Accept allows neither JSON-LD nor JSON")
    public Uni<RestResponse<ClaimReviewGraph>> listArticleClaimReviews(@RestPath UUID id, UriInfo uriInfo) {
        return visibility.article(id).chain(() -> service.ofArticle(id, uriInfo.getBaseUri()))
                .map(Tagged::okVaryingByAccept);
    }
}
