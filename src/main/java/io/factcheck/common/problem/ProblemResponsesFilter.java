package io.factcheck.common.problem;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Every error response of this API is an RFC 9457 problem document: declare that once here instead of on each
 * annotation, and give every operation its 500 and 503.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() == null) {
            return operation;
        }
        if (operation.getResponses().getAPIResponse("500") == null) {
            operation.getResponses().addAPIResponse("500",
                    OASFactory.createAPIResponse().description("Unexpected error (quote the reference in detail)"));
        }
        if (operation.getResponses().getAPIResponse("503") == null) {
            operation.getResponses().addAPIResponse("503", OASFactory.createAPIResponse()
                    .description("The database did not answer in time; retry after Retry-After seconds"));
        }
        // Every API operation draws on a rate-limit budget (read, check or write; see io.factcheck.ratelimit).
        if (operation.getResponses().getAPIResponse("429") == null) {
            operation.getResponses().addAPIResponse("429", OASFactory.createAPIResponse()
                    .description("Over the caller's rate limit (per API key, else per client address); retry after "
                            + "Retry-After seconds. Every answer carries RateLimit-Limit, RateLimit-Remaining, "
                            + "RateLimit-Reset and RateLimit-Policy"));
        }
        // A key that is sent is checked on every operation (reads too), so any may answer 401; @RolesAllowed ones also
        // without a key, reads with CLAIMS_ANONYMOUS_READS=none (SmallRye adds generic 401/403 to @RolesAllowed ones).
        if (operation.getResponses().getAPIResponse("401") == null) {
            operation.getResponses().addAPIResponse("401", OASFactory.createAPIResponse());
        }
        operation.getResponses().getAPIResponse("401")
                .description("No API key, or an unknown or revoked one (WWW-Authenticate: Bearer)");
        if (operation.getResponses().getAPIResponse("403") != null) {
            operation.getResponses().getAPIResponse("403").description("The API key's role does not allow this");
        }
        for (Map.Entry<String, APIResponse> entry : operation.getResponses().getAPIResponses().entrySet()) {
            if (entry.getKey().startsWith("4") || entry.getKey().startsWith("5")) {
                entry.getValue().setContent(problemContent());
            }
        }
        return operation;
    }

    /** Declares the Problem schema the error responses refer to (no annotation references the class itself). */
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", string("The offending field or parameter", "confidence"))
                .addProperty("message", string("What is wrong with it", "must be between 0 and 1"));
        Schema problem = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addProperty("type", string("URI identifying the problem type", "urn:claims-api:problem:not-found"))
                .addProperty("title", string("Short summary of the problem type", "Not found"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).examples(java.util.List.of(404)))
                .addProperty("detail", string("What went wrong with this request", "No claim with id 0195…"))
                .addProperty("instance", string("The request path", "/api/v1/claims/0195…"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")));
        openAPI.getComponents().addSchema("FieldError", fieldError);
        openAPI.getComponents().addSchema("Problem", problem);
    }

    private static Schema string(String description, String example) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description)
                .examples(java.util.List.of(example));
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
    }
}
