package io.factcheck.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.hibernate.annotations.UuidGenerator;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A published (or draft) news text; claims anchor into its body. */
@Entity
@Table(name = "article")
public class Article {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    public String url;
    public String title;
    public String publisher;
    public String author;
    public String language;
    /** The publication's local date: the checker's reference date. */
    public LocalDate publishedAt;
    /** The moment of publication (a date alone: its start in UTC); with the offset below, what the client sent. */
    public Instant publishedInstant;
    /** The offset of a date-time as sent, in seconds; null when a date was sent. */
    public Integer publishedOffsetSeconds;
    /** The publication date was inferred (e.g. from the text), not printed. */
    public boolean publishedAtApproximate;
    public String body;
    /** SHA-256 of the body, hex: lets clients and re-checks tell whether the text changed. */
    public String contentHash;
    @Enumerated(EnumType.STRING)
    public ArticleState state = ArticleState.DRAFT;
    /** When it was last published or retracted; null while it was never published. */
    public Instant stateChangedAt;

    @Version
    public long version;

    public Instant createdAt;
    public Instant updatedAt;

    /** Code that sets only the date (a date was sent, or a test) keeps the moment consistent with it. */
    @PrePersist
    @PreUpdate
    void publishedInstantFromDate() {
        if (publishedAt == null) {
            publishedInstant = null;
            publishedOffsetSeconds = null;
        } else if (publishedOffsetSeconds == null) {
            publishedInstant = publishedAt.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
    }
}
