package io.factcheck.factcheck;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to an import: how many fact-checks were new, how many replaced one with the same URL, and all of them. */
@Schema(name = "FactCheckImportResult")
public record FactCheckImportResult(
        @Schema(required = true, description = "Fact-checks read from the body (a URL that came twice counts once)") int received,
        @Schema(required = true, description = "New URLs stored") int created,
        @Schema(required = true, description = "Known URLs whose fact-check was replaced by the imported one") int updated,
        @Schema(required = true, description = "The stored fact-checks, in the order of the body") List<FactCheckView> items) {
}
