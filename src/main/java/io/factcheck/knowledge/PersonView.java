package io.factcheck.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person with every term of office they held, oldest first. */
@Schema(name = "Person")
public record PersonView(UUID id,
        @Schema(description = "Identifier in the shipped knowledge file; null for people added later", nullable = true) String key,
        String name, List<String> aliases, @Schema(nullable = true) String wikidataId,
        @Schema(nullable = true) String description, List<TenureView> tenures, long version, Instant createdAt,
        Instant updatedAt) {

    static PersonView of(Person p, List<TenureView> tenures) {
        return new PersonView(p.id, p.key, p.name, List.copyOf(p.aliases), p.wikidataId, p.description,
                tenures, p.version, p.createdAt, p.updatedAt);
    }
}
