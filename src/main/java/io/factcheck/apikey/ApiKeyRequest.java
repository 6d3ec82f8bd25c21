package io.factcheck.apikey;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of POST /keys. */
@Schema(name = "ApiKeyRequest")
public record ApiKeyRequest(
        @Schema(description = "Who or what uses the key; reviews written with it record this name",
                examples = "desk-anna")
        @NotBlank @Size(max = 100) String name,
        @Schema(description = "reader: reads everything (drafts and unreviewed findings too), writes nothing; editor: "
                + "also writes articles, claims, reviews; admin: also the knowledge base and keys",
                enumeration = { "reader", "editor", "admin" }, examples = "editor")
        @NotNull @Pattern(regexp = "reader|editor|admin", message = "must be reader, editor or admin") String role) {
}
