package io.factcheck.common.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.factcheck.common.problem.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * What holds for every operation, said once: reads say that a key is optional ({@code security: [{}, {bearerKey: []}]};
 * SmallRye adds the bearerKey requirement to @RolesAllowed ones only, and a client generator cannot tell "public" from
 * "forgotten"), any request URI over the limit is a 414 problem document (RequestLineLimit), and every JSON
 * request body shows an example (kept here, by request schema, so one place shows what clients send). And nullable
 * fields of a scalar type stay nullable in OpenAPI 3.0, where SmallRye would write {@code allOf: [$ref], nullable}
 * (a null then fails the referenced schema): their scalar schema (a date, an instant, an enum) is written inline.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ContractFilter implements OASFilter {

    private static final String CAMBODIA = "The Prime Minister of Cambodia, Hun Sen, visited Naypyidaw in January 2022.";

    /** Request schema name → an example body. */
    static final Map<String, Object> EXAMPLES = Map.of(
            "ArticleRequest", object("url", "https://example.org/news/visit", "title", "Visit to Naypyidaw",
                    "publisher", "Example News", "author", "A. Reporter", "language", "en",
                    "publishedAt", "2025-11-29T23:30:00-05:00", "body", CAMBODIA),
            "ClaimRequest", object("articleId", "0196b5a0-8c1e-7e2a-9b43-2f6a1d0c4e11",
                    "anchor", object("exact", "The Prime Minister of Cambodia, Hun Sen"), "claimant", "Example News"),
            "ClaimPatch", object("claimant", "The news agency", "person", "Hun Sen"),
            "ReviewRequest", object("verdict", "OUTDATED", "confidence", 0.9,
                    "summary", "Hun Sen left office on 2023-08-22; Hun Manet is Prime Minister.",
                    "correction", "Former Prime Minister of Cambodia Hun Sen", "reviewer", "Fact desk",
                    "evidence", List.of(object("url", "https://en.wikipedia.org/wiki/Hun_Manet", "title", "Hun Manet"))),
            "CheckRequest", object("text", CAMBODIA, "publishedAt", "2025-11-29", "uri", "drafts/visit.md"),
            "ApiKeyRequest", object("name", "desk-anna", "role", "editor"),
            "PersonRequest", object("name", "Hun Manet", "aliases", List.of("Hun Manet"), "wikidataId", "Q6133939",
                    "description", "Prime Minister of Cambodia since 2023"),
            "OfficeRequest", object("title", "Prime Minister", "jurisdiction", "Cambodia",
                    "adjectives", List.of("Cambodian"), "aliases", List.of("Cambodian PM", "premier of Cambodia")),
            "TenureRequest", object("officeId", "0196b5a0-8c1e-7e2a-9b43-2f6a1d0c4e12", "start", "2023-08-22",
                    "precision", "DAY", "source", "https://en.wikipedia.org/wiki/Hun_Manet"));

    /** Wikidata import takes entity JSON (no schema of ours): its example by operation. */
    private static final Object WIKIDATA_EXAMPLE = wikidataExample();

    private static Object wikidataExample() {
        Object start = object("snaktype", "value",
                "datavalue", object("value", object("time", "+2023-08-22T00:00:00Z", "precision", 11)));
        Object positionHeld = object("id", "Q6133939$example", "rank", "normal",
                "mainsnak", object("snaktype", "value", "datavalue", object("value", object("id", "Q11696"))),
                "qualifiers", object("P580", List.of(start)));
        return object("id", "Q6133939", "labels", object("en", object("language", "en", "value", "Hun Manet")),
                "claims", object("P39", List.of(positionHeld)));
    }

    /** A JSON object whose fields keep the order given (Map.of's order changes from one JVM to the next). */
    private static Map<String, Object> object(Object... fieldsAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            object.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return object;
    }

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getSecurity() == null) {
            // A read: anonymous (what the public may see) or with any key (everything); an empty requirement is "none".
            operation.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement(),
                    OASFactory.createSecurityRequirement().addScheme("bearerKey"))));
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponse("414") == null) {
            operation.getResponses().addAPIResponse("414", OASFactory.createAPIResponse()
                    .description("Request URI longer than CLAIMS_MAX_URI_LENGTH (8,192 characters by default)")
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")))));
        }
        addRequestExample(operation);
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        components.values().forEach(schema -> inlineNullableScalars(schema, components));
        // Jackson's tree type, scanned from the Wikidata import's parameter, which now declares a plain object
        openAPI.getComponents().removeSchema("JsonNode");
        openAPI.getComponents().removeSchema("JsonNodeType");
    }

    private static void inlineNullableScalars(Schema schema, Map<String, Schema> components) {
        if (schema.getItems() != null) {
            inlineNullableScalars(schema.getItems(), components);
        }
        if (schema.getProperties() == null) {
            return;
        }
        for (Schema property : schema.getProperties().values()) {
            inlineNullableScalars(property, components);
            // SmallRye models a nullable reference as anyOf: [{$ref}, {type: null}]
            if (property.getAnyOf() == null || property.getAnyOf().size() != 2) {
                continue;
            }
            String ref = property.getAnyOf().get(0).getRef();
            Schema scalar = ref == null ? null : components.get(ref.substring(ref.lastIndexOf('/') + 1));
            if (scalar == null || scalar.getType() == null || scalar.getProperties() != null
                    || scalar.getType().contains(Schema.SchemaType.OBJECT)) {
                continue;
            }
            property.setAnyOf(null);
            List<Schema.SchemaType> types = new ArrayList<>(scalar.getType());
            types.add(Schema.SchemaType.NULL);
            property.setType(types);
            property.setFormat(property.getFormat() != null ? property.getFormat() : scalar.getFormat());
            property.setPattern(property.getPattern() != null ? property.getPattern() : scalar.getPattern());
            if (scalar.getEnumeration() != null) {
                List<Object> values = new ArrayList<>(scalar.getEnumeration());
                values.add(null);
                property.setEnumeration(values);
            }
            if (property.getExamples() == null) {
                property.setExamples(scalar.getExamples());
            }
        }
    }

    private static void addRequestExample(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        MediaType json = operation.getRequestBody().getContent().getMediaType("application/json");
        if (json == null || json.getExample() != null) {
            return;
        }
        if ("importWikidata".equals(operation.getOperationId())) {
            // Jackson's JsonNode is no schema: the body is any Wikidata entity JSON object
            json.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                    .description("One Wikidata entity, or Special:EntityData's {\"entities\": {…}}"));
            json.setExample(WIKIDATA_EXAMPLE);
        } else if (json.getSchema() != null && json.getSchema().getRef() != null) {
            String ref = json.getSchema().getRef();
            json.setExample(EXAMPLES.get(ref.substring(ref.lastIndexOf('/') + 1)));
        }
    }
}
