package io.factcheck.check;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/check")
@Tag(name = "Check", description = "The temporal role checker: are the office titles in a text right at its date?")
@Consumes(MediaType.APPLICATION_JSON)
public class CheckResource {

    public static final String SARIF = "application/sarif+json";
    private static final String SHED = "The checker's queue is full (checks are shed, not queued, under load), or the "
            + "database did not answer in time; retry after Retry-After seconds";

    private final CheckService checker;

    public CheckResource(CheckService checker) {
        this.checker = checker;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a text",
            description = "Finds every mention of a person with an office title (or of an office alone) and judges the "
                    + "wording at the time it speaks of. Stateless: nothing is stored. With Accept: "
                    + SARIF + " the findings come back as a SARIF 2.1.0 log. A check weighs one unit per started "
                    + "16 KiB of body, against the caller's check budget and the checker's bounded queue.")
    @APIResponse(responseCode = "200", description = "The annotations, in text order")
    @APIResponse(responseCode = "400", description = "Malformed JSON or wrong types")
    @APIResponse(responseCode = "406", description = "Accept names neither JSON nor SARIF")
    @APIResponse(responseCode = "413", description = "Body too large")
    @APIResponse(responseCode = "415", description = "Not JSON")
    @APIResponse(responseCode = "422", description = "Missing text, or text over 100,000 characters")
    @APIResponse(responseCode = "503", description = SHED)
    public Uni<CheckResponse> check(@Valid @NotNull CheckRequest body) {
        return checker.checkPosted(body.text(), referenceDate(body))
                .map(annotations -> new CheckResponse(referenceDate(body), annotations));
    }

    @POST
    @Produces(SARIF)
    @Operation(summary = "Check a text, as a SARIF 2.1.0 log",
            description = "The same findings as a SARIF log for code-review tools: one result per annotation with its "
                    + "level (INACCURATE: error; OUTDATED, MISLEADING: warning; others: note) and a line/column region.")
    @APIResponse(responseCode = "200", description = "A SARIF 2.1.0 log")
    @APIResponse(responseCode = "400", description = "Malformed JSON or wrong types")
    @APIResponse(responseCode = "413", description = "Body too large")
    @APIResponse(responseCode = "415", description = "Not JSON")
    @APIResponse(responseCode = "422", description = "Missing text, or text over 100,000 characters")
    @APIResponse(responseCode = "503", description = SHED)
    public Uni<SarifLog> checkAsSarif(@Valid @NotNull CheckRequest body) {
        String uri = body.uri() == null ? "article.txt" : body.uri();
        return checker.checkPosted(body.text(), referenceDate(body))
                .map(annotations -> Sarif.toSarif(body.text(), annotations, uri));
    }

    /** The publication's local date (a text published at 23:30 in New York speaks from that day there). */
    private static java.time.LocalDate referenceDate(CheckRequest body) {
        return body.publishedAt() != null ? body.publishedAt().localDate()
                : java.time.LocalDate.now(java.time.ZoneOffset.UTC);
    }
}
