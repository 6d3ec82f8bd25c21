package io.factcheck.claimreview;

import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Expands JSON-LD with a real JSON-LD 1.1 processor (Titanium) and reads the expanded form by full IRIs. The
 * schema.org context comes from a local copy (src/test/resources/claimreview, see its README.txt): tests have no
 * network, and any other remote context fails the expansion instead of being fetched.
 */
final class SchemaOrgJsonLd {

    static final String SCHEMA = "http://schema.org/";

    private SchemaOrgJsonLd() {
    }

    private static final DocumentLoader LOCAL_SCHEMA_ORG = new DocumentLoader() {
        @Override
        public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
            if (!"schema.org".equals(url.getHost())) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "no network in tests: " + url);
            }
            try (InputStream context = SchemaOrgJsonLd.class.getResourceAsStream("/claimreview/schemaorg-context.jsonld")) {
                Document document = JsonDocument.of(com.apicatalog.jsonld.http.media.MediaType.JSON_LD, context);
                document.setDocumentUrl(url);
                return document;
            } catch (java.io.IOException e) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, e);
            }
        }
    };

    /** The document expanded: every term a full IRI, every value an array of value or node objects. */
    static JsonArray expand(String json) {
        try {
            return JsonLd.expand(JsonDocument.of(new StringReader(json))).loader(LOCAL_SCHEMA_ORG).get();
        } catch (JsonLdError e) {
            throw new AssertionError("not valid JSON-LD: " + e.getMessage() + "\n" + json, e);
        }
    }

    /** The only top-level node of an expanded document. */
    static JsonObject onlyNode(JsonArray expanded) {
        if (expanded.size() != 1) {
            throw new AssertionError("expected one node, got " + expanded);
        }
        return expanded.getJsonObject(0);
    }

    /** The schema.org property's values (node or value objects); empty when the node has none. */
    static List<JsonObject> values(JsonObject node, String property) {
        JsonArray values = node.getJsonArray(SCHEMA + property);
        List<JsonObject> list = new ArrayList<>();
        if (values != null) {
            values.forEach(v -> list.add(v.asJsonObject()));
        }
        return list;
    }

    /** The first node object of the property, when there is one. */
    static Optional<JsonObject> node(JsonObject node, String property) {
        return values(node, property).stream().filter(v -> !v.containsKey("@value")).findFirst();
    }

    /** The property's first literal (an {@code @value}) as text, or its first {@code @id} (an IRI). */
    static Optional<String> text(JsonObject node, String property) {
        return values(node, property).stream().findFirst().map(v -> v.containsKey("@value") ? scalar(v.get("@value"))
                : v.containsKey("@id") ? v.getString("@id") : null);
    }

    /** The type IRIs of a node. */
    static List<String> types(JsonObject node) {
        JsonArray types = node.getJsonArray("@type");
        return types == null ? List.of() : types.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static String scalar(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : value.toString();
    }
}
