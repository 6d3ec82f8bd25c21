package io.factcheck.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Office")
public record OfficeView(UUID id,
        @Schema(description = "Identifier in the shipped knowledge file; null for offices added later", nullable = true) String key,
        @Schema(description = "How the office reads in running text", examples = "Prime Minister of Cambodia") String name,
        String title, @Schema(nullable = true) String jurisdiction, List<String> adjectives, List<String> aliases,
        @Schema(nullable = true) String wikidataId,
        @Schema(description = "Last day its holders are known; a verdict about a later time holds only as of that day",
                type = SchemaType.STRING, format = "date", nullable = true) LocalDate knownUntil,
        long version, Instant createdAt, Instant updatedAt) {

    static OfficeView of(Office o) {
        return new OfficeView(o.id, o.key, o.name(), o.title, o.jurisdiction, List.copyOf(o.adjectives),
                List.copyOf(o.aliases), o.wikidataId, o.knownUntil, o.version, o.createdAt, o.updatedAt);
    }
}
