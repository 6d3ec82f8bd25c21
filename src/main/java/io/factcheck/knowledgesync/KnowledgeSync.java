package io.factcheck.knowledgesync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One run: a sync with Wikidata, an import of a SPARQL answer, or an accepted proposal, with what it found and how far
 * the re-check of affected articles has come. Inserted by the lease's transaction (see {@link SyncLease}), so the id is
 * assigned, not generated.
 */
@Entity
@Table(name = "knowledge_sync")
public class KnowledgeSync {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public SyncKind kind;

    @Enumerated(EnumType.STRING)
    public SyncTrigger trigger;

    public String slot;

    @Enumerated(EnumType.STRING)
    public SyncState state;

    public String requestedBy;
    public String endpoint;
    public LocalDate asOf;

    public int officesQueried;
    public int requests;
    public int statements;
    public int peopleCreated;
    public int officesCreated;
    public int tenuresCreated;
    public int tenuresEnded;
    public int tenuresChanged;
    public int tenuresConfirmed;
    public int proposals;
    public int skippedCount;

    @JdbcTypeCode(SqlTypes.JSON)
    public Report report = new Report(List.of(), List.of());

    public String error;

    public int articlesToRecheck;
    public int articlesRechecked;
    public int articlesChanged;
    public int claimsFlagged;
    public int recheckErrors;

    public Instant createdAt;
    public Instant appliedAt;
    public Instant finishedAt;
    public Instant heartbeatAt;

    /** The statements a run could not use, and the errors of its re-check; both capped (the counts are not). */
    public record Report(List<Skipped> skipped, List<String> errors) {

        public static final int MAX_ITEMS = 200;

        public Report {
            skipped = skipped == null ? List.of() : List.copyOf(skipped);
            errors = errors == null ? List.of() : List.copyOf(errors);
        }
    }

    /** A statement a run did not apply, and why. */
    public record Skipped(String statement, String person, String office, String reason) {
    }
}
