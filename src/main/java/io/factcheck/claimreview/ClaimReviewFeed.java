package io.factcheck.claimreview;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Every published ClaimReview as a schema.org DataFeed (https://schema.org/DataFeed), one page at a time. {@code next}
 * is this API's paging cursor, not schema.org: the context maps it to null, so a JSON-LD processor leaves it out.
 */
@Schema(name = "ClaimReviewFeed", description = "JSON-LD document: a page of the schema.org DataFeed of ClaimReviews, "
        + "newest review first")
@JsonPropertyOrder({ "@context", "@type", "name", "dateModified", "dataFeedElement", "next" })
public record ClaimReviewFeed(
        @JsonProperty("@context") @Schema(type = SchemaType.ARRAY, description = "schema.org, and next mapped to null "
                + "(it is no schema.org property)", examples = "[\"https://schema.org\", {\"next\": null}]")
        List<Object> context,
        @JsonProperty("@type") @Schema(examples = "DataFeed") String type,
        @Schema(examples = "Claims API fact-checks") String name,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The newest item's dateModified; absent on an empty page") Instant dateModified,
        List<Item> dataFeedElement,
        @Schema(description = "Opaque cursor for the next page; null on the last page", nullable = true) String next) {

    /** The page's context: schema.org for everything, and this API's cursor kept out of the graph. */
    static final List<Object> CONTEXT = List.of(ClaimReview.CONTEXT, java.util.Collections.singletonMap("next", null));

    /** One ClaimReview of the feed with the time its verdict was last written. */
    @Schema(name = "ClaimReviewFeedItem")
    @JsonPropertyOrder({ "@type", "dateModified", "item" })
    public record Item(
            @JsonProperty("@type") @Schema(examples = "DataFeedItem") String type,
            @Schema(description = "When the review that is the claim's verdict was written") Instant dateModified,
            @Schema(description = "The ClaimReview, without its own @context") ClaimReview item) {
    }
}
