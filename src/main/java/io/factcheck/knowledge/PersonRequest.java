package io.factcheck.knowledge;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of POST and PUT /people: the whole person (PUT replaces every field; tenures have their own endpoints). */
@Schema(name = "PersonRequest")
public record PersonRequest(
        @Schema(examples = "Hun Sen") @NotBlank @Size(max = 300) String name,
        @Schema(description = "Other names news uses: spellings, short forms, honorific forms")
        @Size(max = 100) List<@NotBlank @Size(max = 300) String> aliases,
        @Schema(description = "Wikidata item id; unique", examples = "Q7747")
        @Pattern(regexp = WIKIDATA_ITEM, message = "must be a Wikidata item id such as Q7747") String wikidataId,
        @Size(max = 2000) String description) {

    static final String WIKIDATA_ITEM = "Q[1-9][0-9]{0,11}";
}
