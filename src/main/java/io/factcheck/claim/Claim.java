package io.factcheck.claim;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;

import com.fasterxml.jackson.databind.JsonNode;

import io.factcheck.article.Article;
import io.factcheck.common.Timestamps;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One checkable statement in an article, anchored to its exact text. */
@Entity
// A review or patch changes a few columns: the update sends only those, not the body-sized text and annotation.
@DynamicUpdate
@Table(name = "claim")
public class Claim {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    /** A plain foreign key: claims are always read for a known article, so no lazy association to trip over. */
    public UUID articleId;

    public String text;

    @Embedded
    public Anchor anchor;

    public String claimant;
    /** Who the claim is about (the checker fills it in; editors may). */
    public String person;

    @Enumerated(EnumType.STRING)
    public ClaimOrigin origin;

    @Enumerated(EnumType.STRING)
    public ClaimStatus status;

    /** The latest review's verdict, or the checker's while no editor reviewed it; null when neither exists. */
    @Enumerated(EnumType.STRING)
    public Verdict verdict;

    public Double confidence;

    /** The checker's annotation for CHECKER claims (the JSON of POST /check), kept as the claim's explanation. */
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode annotation;

    /** When an editor last reviewed it; null while it has no review. */
    public Instant reviewedAt;

    /** The canonical claim this one is an appearance of (claims linked as SAME_CLAIM); null while linked to none. */
    public UUID canonicalClaimId;
    /** For an appearance of a canonical claim: the review its verdict is (written on this or another appearance). */
    public UUID verdictReviewId;
    public UUID verdictClaimId;

    /**
     * For a reviewed claim: since when the checker's evidence for it differs from its annotation (the knowledge
     * changed after the review); null when it does not. The claim itself is left as reviewed; the next review clears
     * the flag.
     */
    public Instant evidenceChangedAt;

    /** With {@link #evidenceChangedAt}: what the checker finds at the claim's span now; null when it finds nothing. */
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode evidenceAnnotation;

    @Version
    public long version;

    public Instant createdAt;
    public Instant updatedAt;

    /** A new PENDING claim at the anchor. */
    public static Claim newIn(Article article, Anchor anchor, ClaimOrigin origin) {
        Instant now = Timestamps.now();
        Claim claim = new Claim();
        claim.articleId = article.id;
        claim.anchor = anchor;
        claim.origin = origin;
        claim.status = ClaimStatus.PENDING;
        claim.createdAt = now;
        claim.updatedAt = now;
        return claim;
    }

    /** The status a claim returns to when its quote is found again. */
    public ClaimStatus anchoredStatus() {
        return reviewedAt != null ? ClaimStatus.REVIEWED : ClaimStatus.PENDING;
    }
}
