package io.factcheck.claimreview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import io.factcheck.article.Article;
import io.factcheck.canonical.AppearanceView;
import io.factcheck.claim.Claim;
import io.factcheck.claim.Verdict;
import io.factcheck.review.Review;

/**
 * A schema.org ClaimReview (https://schema.org/ClaimReview) as JSON-LD, shaped as a newsroom publishes it: {@code url}
 * is its fact-check page, never this API. {@code @context} is present on a stand-alone document and absent inside a
 * {@link ClaimReviewGraph} or {@link ClaimReviewFeed}, whose context covers their members.
 */
@Schema(name = "ClaimReview", description = "schema.org ClaimReview, JSON-LD")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "@context", "@type", "url", "claimReviewed", "reviewRating", "itemReviewed", "author",
        "datePublished", "dateModified", "inLanguage" })
public record ClaimReview(
        @JsonProperty("@context") @Schema(examples = "https://schema.org") String context,
        @JsonProperty("@type") @Schema(examples = "ClaimReview") String type,
        @Schema(description = "The fact-check page on the newsroom's site: the review's publishedUrl, else "
                + "claims.factcheck-url-template with the claim's id. Absent when there is neither; the response then "
                + "carries a ClaimReview-Warning header", format = "uri") String url,
        @Schema(description = "The claim, at most 75 characters (cut at a word with …)", maxLength = 75) String claimReviewed,
        Rating reviewRating,
        ReviewedClaim itemReviewed,
        @Schema(description = "The latest review's reviewer, or this service") Agent author,
        @Schema(description = "When the claim was first reviewed; absent while there is no review") Instant datePublished,
        @Schema(description = "When the review that is the claim's verdict was written; absent while there is none")
        Instant dateModified,
        @Schema(description = "The article's language (BCP 47); absent when it has none", examples = "en") String inLanguage) {

    public static final String CONTEXT = "https://schema.org";
    /** schema.org's guidance for claimReviewed: short enough to show in a search result. */
    public static final int MAX_CLAIM_CHARS = 75;

    /**
     * The review of a claim in its article by the review that is its verdict ({@code latest}; null while there is none:
     * then the rating is "Unverified" without a value, and the author is this service). {@code appearances} are a
     * canonical claim's (earliest first; null for a claim linked to none, whose only appearance is its article).
     */
    static ClaimReview of(Claim claim, Article article, Review latest, Instant firstReviewed,
            List<AppearanceView> appearances, Agent claimant, String url, String serviceName) {
        Verdict verdict = latest == null ? Verdict.UNVERIFIED : latest.verdict;
        List<Appearance> all = appearances == null || appearances.isEmpty()
                ? List.of(new Appearance("CreativeWork", article.url, article.title, article.publishedAt))
                : appearances.stream().map(a -> new Appearance("CreativeWork", a.articleUrl(), a.articleTitle(),
                        a.publishedAt())).toList();
        Appearance first = all.get(0);
        return new ClaimReview(CONTEXT, "ClaimReview", url, claimReviewed(claim.text),
                new Rating("Rating", verdict.ratingValue(), 5, 1, verdict.alternateName(),
                        latest == null ? null : latest.summary),
                new ReviewedClaim("Claim", all, first, first.datePublished(), claimant),
                new Agent("Organization", latest != null && latest.reviewer != null ? latest.reviewer : serviceName, null),
                latest == null ? null : firstReviewed != null ? firstReviewed : latest.createdAt,
                latest == null ? null : latest.createdAt,
                article.language);
    }

    /** The claim's text on one line, cut at a word boundary with "…" when longer than {@link #MAX_CLAIM_CHARS}. */
    static String claimReviewed(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.length() <= MAX_CLAIM_CHARS) {
            return line;
        }
        int room = MAX_CLAIM_CHARS - 1; // for the ellipsis
        int space = line.lastIndexOf(' ', room);
        int cut = space >= room / 2 ? space : room; // one giant word: cut inside it rather than keep almost nothing
        if (Character.isHighSurrogate(line.charAt(cut - 1))) {
            cut--;
        }
        String head = line.substring(0, cut).replaceAll("[\\s,;:.\\-–—]+$", "");
        return head + "…";
    }

    /** The same review without its @context, for a @graph or a feed item. */
    ClaimReview inGraph() {
        return new ClaimReview(null, type, url, claimReviewed, reviewRating, itemReviewed, author, datePublished,
                dateModified, inLanguage);
    }

    /** The verdict as a schema.org Rating; UNVERIFIED (and "not reviewed yet") has no ratingValue. */
    @Schema(name = "ClaimReviewRating")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({ "@type", "ratingValue", "bestRating", "worstRating", "alternateName", "ratingExplanation" })
    public record Rating(
            @JsonProperty("@type") @Schema(examples = "Rating") String type,
            @Schema(minimum = "1", maximum = "5") Integer ratingValue,
            @Schema(examples = "5") int bestRating,
            @Schema(examples = "1") int worstRating,
            @Schema(examples = "Outdated") String alternateName,
            @Schema(description = "The review's summary; absent while there is no review") String ratingExplanation) {
    }

    /** The schema.org Claim that was reviewed: where it appeared and who made it. */
    @Schema(name = "ClaimReviewItem")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({ "@type", "appearance", "firstAppearance", "datePublished", "author" })
    public record ReviewedClaim(
            @JsonProperty("@type") @Schema(examples = "Claim") String type,
            @Schema(description = "Every story the claim appeared in, earliest first: the article, or every article of "
                    + "its canonical claim") List<Appearance> appearance,
            @Schema(description = "The earliest of the appearances") Appearance firstAppearance,
            @Schema(description = "The first appearance's publication date; absent when it has none") LocalDate datePublished,
            @Schema(description = "The claimant when known, else the article's publisher; absent when neither is") Agent author) {
    }

    /** A story the claim appeared in, as a schema.org CreativeWork. */
    @Schema(name = "ClaimReviewAppearance")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({ "@type", "url", "headline", "datePublished" })
    public record Appearance(
            @JsonProperty("@type") @Schema(examples = "CreativeWork") String type,
            @Schema(description = "The story's own URL (the article's url); absent when the article has none, which "
                    + "the ClaimReview-Warning header then says", format = "uri") String url,
            String headline,
            LocalDate datePublished) {
    }

    /** A schema.org Person or Organization; {@code sameAs} its Wikidata entity when the knowledge base knows it. */
    @Schema(name = "ClaimReviewAgent")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({ "@type", "name", "sameAs" })
    public record Agent(
            @JsonProperty("@type") @Schema(enumeration = { "Person", "Organization" }) String type,
            String name,
            @Schema(description = "The claimant's Wikidata entity page when the claimant is a person the knowledge base "
                    + "knows by that name or alias; absent otherwise", format = "uri",
                    examples = "https://www.wikidata.org/wiki/Q57788") String sameAs) {
    }
}
