package io.factcheck.knowledgesync;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** GET /knowledge: how much the service knows, from which sources, and until when. */
@Schema(name = "Knowledge")
public record KnowledgeSummary(
        @Schema(description = "The version of the knowledge file shipped in this build", examples = "2026-01-22.c99cb23bcdc2")
        String version,
        @Schema(description = "The shipped file's as-of date: what it knows is known until then") LocalDate asOf,
        Counts counts,
        @Schema(description = "The earliest and latest of the offices' known-until dates (the day until which an "
                + "office's holders are known); syncs advance them") KnownUntil knownUntil,
        Sources sources,
        @Schema(description = "Changes waiting for an admin: GET /knowledge/changes?status=PROPOSED") long proposals,
        Schedule sync) {

    @Schema(name = "KnowledgeCounts")
    public record Counts(long people, long offices, long tenures) {
    }

    @Schema(name = "KnowledgeKnownUntil")
    public record KnownUntil(@Schema(nullable = true) LocalDate min, @Schema(nullable = true) LocalDate max,
            @Schema(description = "Offices with no known-until date (made through the API, not synced yet)")
            long officesWithoutDate) {
    }

    @Schema(name = "KnowledgeSources", description = "Where the tenures came from, with each source's dates")
    public record Sources(Shipped shipped, Api api, Wikidata wikidata) {
    }

    @Schema(name = "KnowledgeShippedSource")
    public record Shipped(String version, LocalDate asOf,
            @Schema(description = "What the file is and how it was built") String about,
            @Schema(description = "When this version was loaded into the database", nullable = true) Instant loadedAt,
            @Schema(description = "Tenures that hold the file's values") long tenures) {
    }

    @Schema(name = "KnowledgeApiSource")
    public record Api(@Schema(description = "Tenures last written by a hand edit") long tenures,
            @Schema(description = "The latest hand edit of a tenure", nullable = true) Instant lastEditAt) {
    }

    @Schema(name = "KnowledgeWikidataSource")
    @JsonInclude(JsonInclude.Include.NON_NULL) // absent runs rather than nulls: an OpenAPI 3.0 $ref cannot be nullable
    public record Wikidata(@Schema(description = "Tenures from Wikidata (entity imports, SPARQL imports, syncs, "
            + "accepted proposals)") long tenures,
            @Schema(description = "The latest change of a tenure from Wikidata", nullable = true) Instant lastChangeAt,
            @Schema(description = "The latest time Wikidata confirmed a tenure as it is", nullable = true) Instant lastConfirmedAt,
            @Schema(description = "The latest import; absent before the first") RunRef lastImport,
            @Schema(description = "The latest sync; absent before the first") RunRef lastSync,
            @Schema(description = "The latest sync that succeeded; absent before the first") RunRef lastSuccessfulSync) {
    }

    @Schema(name = "KnowledgeRunRef", description = "A run: GET /knowledge/syncs/{id}")
    public record RunRef(UUID id, SyncKind kind, SyncState state, Instant startedAt,
            @Schema(nullable = true) Instant finishedAt) {
    }

    @Schema(name = "KnowledgeSyncSchedule")
    public record Schedule(@Schema(description = "CLAIMS_KNOWLEDGE_SYNC", enumeration = { "off", "daily" }) String mode,
            @Schema(description = "CLAIMS_KNOWLEDGE_SYNC_AT, UTC", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    examples = "03:00") LocalTime dailyAt,
            @Schema(description = "CLAIMS_WIKIDATA_SPARQL_URL") String endpoint) {
    }
}
