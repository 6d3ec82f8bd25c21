package io.factcheck.knowledge;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a Wikidata import did. "updated" counts matched rows whose values changed; "unchanged" the others. */
@Schema(name = "WikidataImportSummary")
public record WikidataImportSummary(int peopleCreated, int peopleUpdated, int peopleUnchanged, int officesCreated,
        @Schema(description = "Existing offices the import linked to their Wikidata id (matched by name)") int officesLinked,
        int tenuresCreated, int tenuresUpdated, int tenuresUnchanged,
        @Schema(description = "The people the import created or matched") List<ImportedPerson> people,
        @Schema(description = "Statements and entities that were not imported, with the reason") List<Skipped> skipped) {

    @Schema(name = "WikidataImportedPerson")
    public record ImportedPerson(UUID id, String name, String wikidataId) {
    }

    @Schema(name = "WikidataSkipped")
    public record Skipped(@Schema(examples = "Q22686") String entity,
            @Schema(description = "The statement id; absent when the whole entity was skipped", nullable = true) String statement,
            @Schema(examples = "deprecated rank") String reason) {
    }
}
