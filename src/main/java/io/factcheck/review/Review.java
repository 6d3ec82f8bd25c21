package io.factcheck.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;

import io.factcheck.claim.Verdict;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One fact-check verdict on a claim. Append-only: never updated, so the history is the record. */
@Entity
@Table(name = "review")
public class Review {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    public UUID claimId;

    @Enumerated(EnumType.STRING)
    public Verdict verdict;

    public double confidence;
    public String summary;
    public String correction;

    /** Stored as a JSON object: Hibernate Reactive reads jsonb through Vert.x JsonObject, which cannot be an array. */
    @JdbcTypeCode(SqlTypes.JSON)
    public EvidenceList evidence;

    public record EvidenceList(List<Evidence> items) {
    }

    public String reviewer;
    /** The fact-check page on the newsroom's site this verdict is published on: the ClaimReview url. */
    public String publishedUrl;
    /** The name of the API key that wrote the review; null for the seed corpus. */
    public String reviewedBy;
    public Instant createdAt;
}
