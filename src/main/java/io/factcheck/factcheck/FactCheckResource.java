package io.factcheck.factcheck;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestPath;

import com.fasterxml.jackson.databind.JsonNode;

import io.factcheck.common.http.RunsToCompletion;
import io.factcheck.common.problem.ResourceNotFoundException;
import io.factcheck.common.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/factchecks")
@Tag(name = "External fact-checks", description = "Other publishers' fact-checks, imported so that similar-claim "
        + "searches find them")
@Produces(MediaType.APPLICATION_JSON)
public class FactCheckResource {

    private static final Logger LOG = Logger.getLogger(FactCheckResource.class);

    private final FactCheckRepository factChecks;

    public FactCheckResource(FactCheckRepository factChecks) {
        this.factChecks = factChecks;
    }

    @POST
    @Path("/import")
    @RolesAllowed(Roles.ADMIN)
    @Consumes({ MediaType.APPLICATION_JSON, "application/ld+json" })
    @Operation(summary = "Import other publishers' fact-checks",
            description = "Accepts schema.org ClaimReview JSON-LD (one object, a list, or a document with @graph), a "
                    + "schema.org DataFeed whose dataFeedElement items are ClaimReviews, or the JSON answer of Google's "
                    + "Fact Check Tools claims:search ({\"claims\": [...]}). Each review becomes an external fact-check "
                    + "with its rating also placed on 0..1 (1 = true). Fact-checks are deduplicated by URL: a known URL "
                    + "is replaced. Nothing is fetched from the network. A body with any malformed item is refused "
                    + "whole (422, every problem listed in errors[]); nothing is stored.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT, description = "ClaimReview, [ClaimReview], {@graph}, DataFeed "
                    + "or a claims:search answer")))
    @APIResponse(responseCode = "200", description = "Imported; counts and the stored fact-checks")
    @APIResponse(responseCode = "400", description = "Malformed JSON")
    @APIResponse(responseCode = "401", description = "No or unknown API key")
    @APIResponse(responseCode = "403", description = "Not an admin key")
    @APIResponse(responseCode = "413", description = "Body too large")
    @APIResponse(responseCode = "415", description = "Not JSON")
    @APIResponse(responseCode = "422", description = "Not an accepted shape, or an item is malformed: nothing was stored")
    @RunsToCompletion
    public Uni<FactCheckImportResult> importFactChecks(@NotNull JsonNode body) {
        List<ImportedFactCheck> items = FactCheckImportReader.read(body);
        return factChecks.upsert(items).map(stored -> {
            int created = (int) stored.stream().filter(FactCheckRepository.Stored::inserted).count();
            LOG.infof("Imported %d external fact-checks (%d new, %d replaced)", stored.size(), created,
                    stored.size() - created);
            return new FactCheckImportResult(items.size(), created, stored.size() - created,
                    stored.stream().map(FactCheckRepository.Stored::view).toList());
        });
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One external fact-check")
    @APIResponse(responseCode = "200", description = "The fact-check")
    @APIResponse(responseCode = "404", description = "No such fact-check")
    public Uni<FactCheckView> getFactCheck(@RestPath UUID id) {
        return factChecks.byId(id).onItem().ifNull().failWith(() -> new ResourceNotFoundException("fact-check", id));
    }
}
