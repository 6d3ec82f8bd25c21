package io.factcheck.gate;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterStyle;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.factcheck.claim.Verdict;
import io.factcheck.common.http.Tagged;
import io.factcheck.common.security.ReadAccess;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/** A sub-path of its own so that this class and ArticleResource do not both claim /api/v1/articles. */
@Path("/api/v1/articles/{id}/gate")
@Tag(name = "CI gate", description = "Pass or fail an article in a CI pipeline by its claims' verdicts")
@Produces(MediaType.APPLICATION_JSON)
public class GateResource {

    private final GateService service;

    private final ReadAccess access;

    public GateResource(GateService service, ReadAccess access) {
        this.service = service;
        this.access = access;
    }

    @GET
    @Operation(summary = "Does the article pass the gate?",
            description = "Always 200 for a known article, with passed true or false: a CI step runs "
                    + "`curl -fsS …/gate | jq -e .passed`. A claim fails when its current verdict (the latest review's, "
                    + "or the checker's while unreviewed) is in failOn and its confidence is at least minConfidence; "
                    + "with pending=fail every unreviewed (PENDING) claim fails too. ORPHANED claims are not judged, "
                    + "only counted. Unknown parameters are rejected, so a typo never loosens the gate.")
    @APIResponse(responseCode = "200", description = "The verdict of the gate")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "Unknown verdict, minConfidence outside [0, 1], pending not pass/fail, "
            + "or an unknown parameter")
    @APIResponse(responseCode = "404", description = "No such article")
    public Uni<RestResponse<GateReport>> gateArticle(@RestPath UUID id,
            @Parameter(description = "Verdicts that fail the gate, comma-separated or repeated (default INACCURATE)", style = ParameterStyle.FORM, explode = Explode.FALSE,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Verdict.class)) @RestQuery List<String> failOn,
            @Parameter(description = "Only claims at least this confident fail, 0 to 1 (default 0)", schema = @Schema(type = SchemaType.NUMBER, minimum = "0", maximum = "1", defaultValue = "0")) @RestQuery String minConfidence,
            @Parameter(description = "pass (default): unreviewed claims are judged by their verdict; fail: they all fail",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "pass", "fail" })) @RestQuery String pending,
            UriInfo uriInfo) {
        GatePolicy policy = GatePolicy.parse(uriInfo.getQueryParameters().keySet(), failOn, minConfidence, pending);
        return access.audience().chain(audience -> service.evaluate(id, policy, audience)).map(Tagged::ok);
    }
}
