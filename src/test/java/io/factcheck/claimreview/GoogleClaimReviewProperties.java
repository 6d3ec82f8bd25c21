package io.factcheck.claimreview;

import static io.factcheck.claimreview.SchemaOrgJsonLd.SCHEMA;
import static io.factcheck.claimreview.SchemaOrgJsonLd.node;
import static io.factcheck.claimreview.SchemaOrgJsonLd.types;
import static io.factcheck.claimreview.SchemaOrgJsonLd.values;

import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;

/**
 * Google's required and recommended ClaimReview properties, checked on the EXPANDED document (so a property counts
 * only if it really is the schema.org one after JSON-LD processing, not merely a key with that name).
 *
 * <p>The list is Google Search Central's "Fact check (ClaimReview) structured data",
 * https://developers.google.com/search/docs/appearance/structured-data/factcheck (Structured data type definitions):
 * <ul>
 * <li>ClaimReview — required: claimReviewed, reviewRating, url; recommended: author, datePublished, itemReviewed.</li>
 * <li>Claim (itemReviewed) — recommended: appearance (or firstAppearance), author, datePublished.</li>
 * <li>Rating (reviewRating) — required: alternateName; recommended: bestRating, ratingValue, worstRating (name is
 * listed too: we rate with alternateName, which Google shows, and leave name out).</li>
 * <li>Organization or Person (author) — recommended: name.</li>
 * </ul>
 * The url must be an absolute URL of the fact-check page, so it is checked to be an IRI ({@code @id}), http(s).
 */
final class GoogleClaimReviewProperties {

    private GoogleClaimReviewProperties() {
    }

    record Missing(List<String> required, List<String> recommended) {
    }

    static Missing check(JsonObject review) {
        List<String> required = new ArrayList<>();
        List<String> recommended = new ArrayList<>();
        if (!types(review).contains(SCHEMA + "ClaimReview")) {
            required.add("@type ClaimReview");
        }
        need(review, "claimReviewed", "", required);
        boolean pageUrl = values(review, "url").stream()
                .anyMatch(v -> v.containsKey("@id") && v.getString("@id").matches("https?://[^/\\s]+.*"));
        if (!pageUrl) {
            required.add("url");
        }
        node(review, "reviewRating").ifPresentOrElse(rating -> {
            need(rating, "alternateName", "reviewRating.", required);
            need(rating, "bestRating", "reviewRating.", recommended);
            need(rating, "worstRating", "reviewRating.", recommended);
            need(rating, "ratingValue", "reviewRating.", recommended);
        }, () -> required.add("reviewRating"));
        node(review, "author").ifPresentOrElse(author -> need(author, "name", "author.", recommended),
                () -> recommended.add("author"));
        need(review, "datePublished", "", recommended);
        node(review, "itemReviewed").ifPresentOrElse(claim -> {
            if (values(claim, "appearance").isEmpty() && values(claim, "firstAppearance").isEmpty()) {
                recommended.add("itemReviewed.appearance");
            }
            node(claim, "author").ifPresentOrElse(author -> need(author, "name", "itemReviewed.author.", recommended),
                    () -> recommended.add("itemReviewed.author"));
            need(claim, "datePublished", "itemReviewed.", recommended);
        }, () -> recommended.add("itemReviewed"));
        return new Missing(required, recommended);
    }

    private static void need(JsonObject node, String property, String prefix, List<String> missing) {
        if (values(node, property).isEmpty()) {
            missing.add(prefix + property);
        }
    }
}
