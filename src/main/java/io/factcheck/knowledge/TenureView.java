package io.factcheck.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A term of office, naming its office ("Prime Minister of Cambodia") so a person reads without a second request. */
@Schema(name = "Tenure")
public record TenureView(UUID id, UUID personId, OfficeRef office, LocalDate start,
        @Schema(description = "Day the term ended (exclusive); null while in office", type = SchemaType.STRING,
                format = "date", nullable = true) LocalDate end,
        DatePrecision precision, String source, @Schema(nullable = true) String note,
        @Schema(description = "The Wikidata P39 statement it was imported from or matched to", nullable = true) String wikidataStatementId,
        @Schema(description = "Where it came from: the shipped knowledge file, a hand edit through the API, or Wikidata "
                + "(an import or a sync)") TenureOrigin origin,
        @Schema(description = "When its source last confirmed it (loaded, edited, imported, or found unchanged by a sync)",
                nullable = true) Instant confirmedAt,
        long version, Instant createdAt, Instant updatedAt) {

    @Schema(name = "OfficeRef")
    public record OfficeRef(UUID id, @Schema(examples = "Prime Minister of Cambodia") String name) {
    }

    static TenureView of(Tenure t, Office office) {
        return new TenureView(t.id, t.personId, new OfficeRef(office.id, office.name()), t.startDate, t.endDate,
                t.precision, t.source, t.note, t.wikidataStatementId, t.origin, t.confirmedAt, t.version, t.createdAt,
                t.updatedAt);
    }
}
