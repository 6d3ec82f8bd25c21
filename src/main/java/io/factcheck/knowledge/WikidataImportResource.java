package io.factcheck.knowledge;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import io.factcheck.common.http.RunsToCompletion;
import io.factcheck.common.problem.InvalidParameterException;

import io.factcheck.common.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/knowledge/import/wikidata")
@Tag(name = "Knowledge base")
@Produces(MediaType.APPLICATION_JSON)
public class WikidataImportResource {

    private final WikidataImport service;

    public WikidataImportResource(WikidataImport service) {
        this.service = service;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import people and their terms of office from Wikidata entity JSON",
            description = "One entity ({\"id\": \"Q…\", \"labels\": …, \"claims\": …}) or Special:EntityData's "
                    + "{\"entities\": {\"Q…\": {…}}}. Each P39 (position held) statement becomes a tenure: P580 start, "
                    + "P582 end, the time precision kept (day, month or year); deprecated statements are skipped. "
                    + "A position the knowledge base does not know becomes an office only when its entity is in the "
                    + "body too. Importing the same entities again updates them and never duplicates.")
    @RequestBody(description = "Wikidata entity JSON (English labels, aliases and descriptions are used)")
    @APIResponse(responseCode = "200", description = "What was created, updated and skipped")
    @APIResponse(responseCode = "400", description = "Malformed JSON")
    @APIResponse(responseCode = "409", description = "A concurrent change; retry")
    @APIResponse(responseCode = "413", description = "Body too large (send only the entities needed, e.g. from wbgetentities with languages=en)")
    @APIResponse(responseCode = "415", description = "Not JSON")
    @APIResponse(responseCode = "422", description = "Not Wikidata entity JSON")
    @RunsToCompletion
    public Uni<WikidataImportSummary> importWikidata(@NotNull JsonNode body) {
        rejectNul(body, "body");
        return service.importEntities(body);
    }

    /** A JSON tree bypasses StrictJson's String check, and PostgreSQL text cannot hold U+0000. */
    private static void rejectNul(JsonNode node, String path) {
        if (node.isTextual() && node.textValue().indexOf('\u0000') >= 0) {
            throw new InvalidParameterException(path, "must not contain the NUL character (U+0000)");
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                rejectNul(node.get(i), path + "[" + i + "]");
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().indexOf('\u0000') >= 0) {
                    throw new InvalidParameterException(path, "must not contain the NUL character (U+0000)");
                }
                rejectNul(field.getValue(), path + "." + field.getKey());
            });
        }
    }
}
