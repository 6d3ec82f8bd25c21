package io.factcheck.knowledgesync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A run as clients see it: what it is, how far it came, what it found and why it failed. */
@Schema(name = "KnowledgeSync", description = "A sync with Wikidata, an import of a SPARQL answer, or an accepted "
        + "proposal (REVIEW), and the re-check of the articles its changes affect")
public record SyncView(UUID id, SyncKind kind, SyncTrigger trigger,
        @Schema(description = "RUNNING (fetching and applying), RECHECKING (applied; re-checking articles), SUCCEEDED, "
                + "or FAILED (nothing was changed, unless appliedAt is set: then the re-check was cut short)")
        SyncState state,
        @Schema(description = "The schedule's slot of a scheduled sync", nullable = true) String slot,
        @Schema(description = "The API key that started it", nullable = true) String requestedBy,
        @Schema(description = "The SPARQL endpoint a sync queried", nullable = true) String endpoint,
        @Schema(description = "The day the answer describes: offices' known-until dates advance to it", nullable = true)
        LocalDate asOf,
        Instant startedAt,
        @Schema(description = "When its change set was committed; null while running or when it failed first", nullable = true)
        Instant appliedAt,
        @Schema(nullable = true) Instant finishedAt,
        @Schema(description = "Last sign of life of the instance running it") Instant heartbeatAt,
        Counts counts, Recheck recheck,
        @Schema(description = "Why it failed", nullable = true) String error,
        @Schema(description = "Statements it did not apply, and why (at most 200; counts.skipped has them all)")
        List<KnowledgeSync.Skipped> skipped,
        @Schema(description = "Articles whose re-check failed (at most 200)") List<String> errors,
        @Schema(description = "The changes it found: GET this with the run's id", examples = "/api/v1/knowledge/changes?syncId=…")
        String changes) {

    @Schema(name = "KnowledgeSyncCounts")
    public record Counts(int officesQueried,
            @Schema(description = "HTTP requests sent, retries included") int requests,
            @Schema(description = "P39 statements in the answers") int statements,
            int peopleCreated, int officesCreated, int tenuresCreated,
            @Schema(description = "Open tenures given their end") int tenuresEnded,
            @Schema(description = "Other date changes applied") int tenuresChanged,
            @Schema(description = "Tenures Wikidata confirmed as they were") int tenuresConfirmed,
            @Schema(description = "Changes held for an admin (GET /knowledge/changes?status=PROPOSED)") int proposals,
            int skipped) {
    }

    @Schema(name = "KnowledgeSyncRecheck", description = "The background re-check of the affected articles")
    public record Recheck(@Schema(description = "Articles to re-check") int articles,
            @Schema(description = "Re-checked so far") int rechecked,
            @Schema(description = "Whose checker claims changed") int changed,
            @Schema(description = "Reviewed claims flagged because their checker evidence changed") int claimsFlagged,
            @Schema(description = "Re-checks that failed") int errors) {
    }

    static SyncView of(KnowledgeSync s) {
        return new SyncView(s.id, s.kind, s.trigger, s.state, s.slot, s.requestedBy, s.endpoint, s.asOf, s.createdAt,
                s.appliedAt, s.finishedAt, s.heartbeatAt,
                new Counts(s.officesQueried, s.requests, s.statements, s.peopleCreated, s.officesCreated,
                        s.tenuresCreated, s.tenuresEnded, s.tenuresChanged, s.tenuresConfirmed, s.proposals,
                        s.skippedCount),
                new Recheck(s.articlesToRecheck, s.articlesRechecked, s.articlesChanged, s.claimsFlagged,
                        s.recheckErrors),
                s.error, s.report.skipped(), s.report.errors(), "/api/v1/knowledge/changes?syncId=" + s.id);
    }
}
