package io.factcheck.knowledgesync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.factcheck.common.http.Versioned;
import io.factcheck.knowledge.DatePrecision;
import io.factcheck.knowledge.Office;
import io.factcheck.knowledge.Person;

/** A change a run found, as clients see it. */
@Schema(name = "KnowledgeChange")
@JsonInclude(JsonInclude.Include.NON_NULL) // absent objects rather than nulls: an OpenAPI 3.0 $ref cannot be nullable
public record ChangeView(UUID id,
        @Schema(description = "The run that found it: GET /knowledge/syncs/{syncId}") UUID syncId,
        ChangeKind kind,
        @Schema(description = "APPLIED at once; PROPOSED (contradicts a shipped or hand-edited fact) until an admin "
                + "ACCEPTED or REJECTED it; SUPERSEDED by a later proposal or change") ChangeStatus status,
        @Schema(description = "The person it is about; absent when none") Ref person,
        @Schema(description = "The office it is about; absent when none") Ref office,
        @Schema(description = "The tenure it is about: GET /tenures/{tenureId}", nullable = true) UUID tenureId,
        @Schema(description = "The Wikidata P39 statement it comes from", nullable = true, examples = "Q22686$…") String statement,
        @Schema(description = "The tenure's dates before; absent for an addition") Dates before,
        @Schema(description = "The tenure's dates after (proposed, for a proposal); absent when none") Dates after,
        String reason,
        Instant createdAt,
        @Schema(nullable = true) Instant decidedAt,
        @Schema(description = "The API key that accepted or rejected it", nullable = true) String decidedBy,
        @Schema(description = "For an accepted proposal: the run that re-checks its articles", nullable = true)
        UUID reviewSyncId,
        long version) implements Versioned {

    /** A person or an office: id, name as the knowledge names it, Wikidata id. */
    @Schema(name = "KnowledgeChangeRef")
    public record Ref(UUID id, String name, @Schema(nullable = true) String wikidataId) {

        static Ref of(Person p) {
            return p == null ? null : new Ref(p.id, p.name, p.wikidataId);
        }

        static Ref of(Office o) {
            return o == null ? null : new Ref(o.id, o.name(), o.wikidataId);
        }
    }

    @Schema(name = "KnowledgeChangeDates")
    public record Dates(LocalDate start, @Schema(description = "Exclusive; null while in office", nullable = true) LocalDate end,
            DatePrecision precision) {

        static Dates of(LocalDate start, LocalDate end, DatePrecision precision) {
            return start == null ? null : new Dates(start, end, precision);
        }
    }

    static ChangeView of(KnowledgeChange c, Person person, Office office) {
        return new ChangeView(c.id, c.syncId, c.kind, c.status, Ref.of(person), Ref.of(office), c.tenureId,
                c.statementId, Dates.of(c.beforeStart, c.beforeEnd, c.beforePrecision),
                Dates.of(c.afterStart, c.afterEnd, c.afterPrecision), c.reason, c.createdAt, c.decidedAt, c.decidedBy,
                c.reviewSyncId, c.version);
    }
}
