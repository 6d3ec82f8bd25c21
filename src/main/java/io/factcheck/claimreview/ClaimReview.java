package io.factcheck.claimreview;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

import io.factcheck.article.Article;
import io.factcheck.canonical.AppearanceView;
import io.factcheck.claim.Claim;
import io.factcheck.claim.Verdict;
import io.factcheck.review.Review;

/**
 * A schema.org ClaimReview (https://schema.org/ClaimReview) as JSON-LD. {@code @context} is present on a stand-alone
 * document and absent inside a {@link ClaimReviewGraph}, whose context covers its members.
 */
@Schema(name = "ClaimReview", description = "schema.org ClaimReview, JSON-LD")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "@context", "@type", "url", "claimReviewed", "reviewRating", "itemReviewed", "author", "datePublished" })
public record ClaimReview(
        @JsonProperty("@context") @Schema(examples = "https://schema.org") String context,
        @JsonProperty("@type") @Schema(examples = "ClaimReview") String type,
        @Schema(description = "The claim's API URL") String url,
        @Schema(description = "The claim, at most 75 characters (cut at a word with …)", maxLength = 75) String claimReviewed,
        Rating reviewRating,
        ReviewedClaim itemReviewed,
        @Schema(description = "The latest review's reviewer, or this service") Agent author,
        @Schema(description = "Date of the latest review; absent while there is none") LocalDate datePublished) {

    public static final String CONTEXT = "https://schema.org";
    /** schema.org's guidance for claimReviewed: short enough to show in a search result. */
    public static final int MAX_CLAIM_CHARS = 75;

    /**
     * The review of a claim in its article, by its latest review ({@code null} while there is none: then the rating
     * is "Unverified" without a value, and the author is this service). {@code base} is the request's base URI.
     */
    static ClaimReview of(Claim claim, Article article, Review latest, URI base, String serviceName) {
        return of(claim, article, latest, base, serviceName, null);
    }

    /**
     * With {@code appearances} (a canonical claim's, earliest first; null for a claim linked to none) the reviewed
     * Claim lists every appearance and the first one, and its date is the first appearance's.
     */
    static ClaimReview of(Claim claim, Article article, Review latest, URI base, String serviceName,
            List<AppearanceView> appearances) {
        Verdict verdict = latest == null ? Verdict.UNVERIFIED : latest.verdict;
        Agent claimAuthor = claim.claimant != null ? new Agent("Person", claim.claimant)
                : article.publisher != null ? new Agent("Organization", article.publisher) : null;
        String articleUrl = article.url != null ? article.url : base.resolve("api/v1/articles/" + article.id).toString();
        Object appearance = new Appearance("CreativeWork", articleUrl, article.title, article.publishedAt);
        Appearance first = null;
        LocalDate claimDate = article.publishedAt;
        if (appearances != null && !appearances.isEmpty()) {
            List<Appearance> all = appearances.stream().map(a -> new Appearance("CreativeWork",
                    a.articleUrl() != null ? a.articleUrl() : base.resolve("api/v1/articles/" + a.articleId()).toString(),
                    a.articleTitle(), a.publishedAt())).toList();
            appearance = all;
            first = all.get(0);
            claimDate = first.datePublished();
        }
        return new ClaimReview(CONTEXT, "ClaimReview", base.resolve("api/v1/claims/" + claim.id).toString(),
                claimReviewed(claim.text),
                new Rating("Rating", verdict.ratingValue(), 5, 1, verdict.alternateName()),
                new ReviewedClaim("Claim", appearance, first, claimDate, claimAuthor),
                new Agent("Organization", latest != null && latest.reviewer != null ? latest.reviewer : serviceName),
                latest == null ? null : LocalDate.ofInstant(latest.createdAt, ZoneOffset.UTC));
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

    /** The same review without its @context, for a @graph. */
    ClaimReview inGraph() {
        return new ClaimReview(null, type, url, claimReviewed, reviewRating, itemReviewed, author, datePublished);
    }

    /** The verdict as a schema.org Rating; UNVERIFIED (and "not reviewed yet") has no ratingValue. */
    @Schema(name = "ClaimReviewRating")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({ "@type", "ratingValue", "bestRating", "worstRating", "alternateName" })
    public record Rating(
            @JsonProperty("@type") @Schema(examples = "Rating") String type,
            @Schema(minimum = "1", maximum = "5") Integer ratingValue,
            @Schema(examples = "5") int bestRating,
            @Schema(examples = "1") int worstRating,
            @Schema(examples = "Outdated") String alternateName) {
    }

    /** The schema.org Claim that was reviewed: where it appeared and who made it. */
    @Schema(name = "ClaimReviewItem")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({ "@type", "appearance", "firstAppearance", "datePublished", "author" })
    public record ReviewedClaim(
            @JsonProperty("@type") @Schema(examples = "Claim") String type,
            @Schema(description = "The article the claim appeared in; for an appearance of a canonical claim, every "
                    + "article it appeared in (an array, earliest first)", oneOf = { Appearance.class, Appearance[].class })
            Object appearance,
            @Schema(description = "A canonical claim's first appearance; absent for a claim linked to no other")
            Appearance firstAppearance,
            @Schema(description = "The article's publication date (a canonical claim's: its first appearance's)") LocalDate datePublished,
            @Schema(description = "The claimant when known, else the article's publisher") Agent author) {
    }

    /** The article the claim appeared in, as a schema.org CreativeWork. */
    @Schema(name = "ClaimReviewAppearance")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({ "@type", "url", "headline", "datePublished" })
    public record Appearance(
            @JsonProperty("@type") @Schema(examples = "CreativeWork") String type,
            @Schema(description = "The article's URL, or its API URL when it has none") String url,
            String headline,
            LocalDate datePublished) {
    }

    /** A schema.org Person or Organization. */
    @Schema(name = "ClaimReviewAgent")
    @JsonPropertyOrder({ "@type", "name" })
    public record Agent(
            @JsonProperty("@type") @Schema(enumeration = { "Person", "Organization" }) String type,
            String name) {
    }
}
