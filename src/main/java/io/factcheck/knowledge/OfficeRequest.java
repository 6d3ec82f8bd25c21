package io.factcheck.knowledge;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of POST and PUT /offices: the whole office (PUT replaces every field). */
@Schema(name = "OfficeRequest")
public record OfficeRequest(
        @Schema(description = "The title as used in running text, without the jurisdiction", examples = "Prime Minister")
        @NotBlank @Size(max = 300) String title,
        @Schema(examples = "Cambodia") @Size(max = 200) String jurisdiction,
        @Schema(description = "Demonyms or abbreviations that stand for the jurisdiction before the title")
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> adjectives,
        @Schema(description = "Full phrases that name the office; each names the jurisdiction or is unambiguous alone")
        @Size(max = 100) List<@NotBlank @Size(max = 300) String> aliases,
        @Schema(description = "Wikidata item id of the position; unique", examples = "Q11696")
        @Pattern(regexp = PersonRequest.WIKIDATA_ITEM, message = "must be a Wikidata item id such as Q11696") String wikidataId) {
}
