package io.factcheck.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.factcheck.support.Api;
import io.factcheck.support.TestKeys;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;

/**
 * Hostile input, generated from a seeded {@link Random}: malformed JSON, wrong types, huge numbers, deep nesting,
 * invalid UTF-8, control characters, SQL and script fragments, out-of-range offsets, unknown enum values, bad cursors,
 * dates and UUIDs, sent to every write and query endpoint. Whatever arrives: never a 5xx; every 4xx is a problem
 * document whose status is the response's; a rejected request leaves the database as it was. Every case has its own
 * seed, named in a failure: rerun one with {@code -Dhostile.seed=<seed> -Dhostile.cases=1}.
 */
@QuarkusTest
class HostileInputTest {

    private static final long SEED = Long.getLong("hostile.seed", 0x5EED_2026L);
    /** Cases per endpoint; 24 endpoints × 420 = 10,080 requests (plus the key deletions). */
    private static final int CASES = Integer.getInteger("hostile.cases", 420);

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Stands in for invalid UTF-8 inside a string until the body is turned into bytes. */
    private static final char BAD_BYTES = '\uF8FF';
    private static final byte[] BAD_BYTES_UTF8 = String.valueOf(BAD_BYTES).getBytes(StandardCharsets.UTF_8);
    private static final byte[][] INVALID_UTF8 = {
            { (byte) 0xFF }, { (byte) 0xC0, (byte) 0xAF }, { (byte) 0xED, (byte) 0xA0, (byte) 0x80 },
            { (byte) 0xC3 }, { (byte) 0x80 }, { (byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80 },
            { (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 }, { (byte) 0xE2, (byte) 0x82 } };

    private static final String[] INJECTIONS = {
            "'; drop table article; --", "\" OR 1=1 --", "') or ('1'='1", "1; select pg_sleep(5)",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "${jndi:ldap://x/a}",
            "{{7*7}}", "#{7*7}", "../../etc/passwd", "%00", "%s%n%x", "\\", "\\u0000", "$$; drop table claim; $$",
            "' union select key_hash from api_key --", "-- ", "/*", "*/", ":*", "!!", "&|!", "\"", "-", "or",
            "a:* & b:*", "'\\'", "<!--", "]]>", "\u202Eevil\u202C", "\uFEFF", "\u0000", "\u0000'; --", "\u0007\u001B[31m",
            "\r\n\r\nHTTP/1.1 200 OK", "\ud800", "\udfff", "a\ud83d", "\ud83d\ude00", "\u200F\u05E9\u05DC\u05D5\u05DD" };

    private static final String[] BAD_DATES = { "2025-02-30", "2025-13-01", "2025-00-10", "99999-01-01",
            "+10000-01-01", "-0001-01-01", "2025-1-1", "2025/01/01", "2025-11-29T00:00:00Z", "", " ", "0000-00-00",
            "2025-11-29'", "yesterday", "1e309", "29.11.2025", "2025-11-29\u0000", "\u0662\u0660\u0662\u0665-01-01" };
    private static final String[] BAD_UUIDS = { "not-a-uuid", "00000000-0000-0000-0000-00000000000g", "", "1-1-1-1-1",
            "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffffff", "'; drop table claim; --",
            "0195e0c0-0000-7000-8000-00000000000", "{0195e0c0-0000-7000-8000-000000000000}", "null", "..", "%00",
            "0195e0c0-0000-7000-8000-000000000000'", "0x1234", "\u0000" };
    private static final String[] BAD_ENUMS = { "PANTS_ON_FIRE", "accurate", "", " ACCURATE", "ACCURATE ",
            "ACCURATE\u0000", "0", "EDITOR", "null", "'; drop table review; --", "ADMIN", "Editor", "root" };
    private static final String[] RAW_NUMBERS = { "1e309", "-1e309", "9223372036854775808", "-9223372036854775809",
            "18446744073709551616", "2147483648", "-2147483649", "1e-400", "123456789012345678901234567890.5",
            "0e999999999", "1E+2147483647", "-0", "0.1e1", "00", "01", "1.", ".5", "+1", "NaN", "Infinity",
            "-Infinity", "0x10", "4.9e-324", "1" + "0".repeat(400) };
    private static final String[] BAD_INTS = { "-1", "0", "201", "1e309", "9223372036854775808", "2147483648", "abc",
            "", " ", "1.5", "0x10", "+5", "１", "5'", "-0", "99999999999999999999" };

    enum Kind { STRING, DATE, UUID, ENUM, INT, NUMBER, BOOL, STRINGS, OBJECT }

    /** One endpoint: method, a path (given fixture ids and a chance to make the id hostile) and its body fields. */
    private record Target(String name, String method, Function<Random, String> path, Supplier<Map<String, Object>> body,
            Map<String, Kind> fields, Map<String, Kind> query) {
    }

    @TestHTTPResource("/")
    URI base;

    @Inject
    Pool pool;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private String articleId;
    private String articleBody;
    private String claimId;
    private String personId;
    private String officeId;
    private String tenureId;

    @TestFactory
    Stream<DynamicTest> hostile_requests_never_fail_the_server_and_rejected_ones_write_nothing() {
        fixtures();
        return targets().stream().map(target -> DynamicTest.dynamicTest(target.name(), () -> fuzz(target)));
    }

    @Test
    void hostile_but_valid_text_round_trips_byte_for_byte() throws Exception {
        List<String> texts = List.of("<script>alert(\"x\")</script> & <b onclick='y'>", "\"quotes\" 'single' `back` \\",
                "emoji \ud83d\ude00\ud83c\uddfa\ud83c\udde6 \ud83d\udc68\u200D\ud83d\udc69\u200D\ud83d\udc67 zwj",
                "RTL \u200F\u05E9\u05DC\u05D5\u05DD\u200E mixed \u202Eoverride\u202C \u061C\u0627\u0644\u0639",
                "'; drop table article; -- \" OR 1=1 -- ${jndi:ldap://x} {{7*7}} %00 %s",
                "tabs\tand\r\nnewlines\u000B\u000C and \u0001\u001F controls \u007F\u0085\u2028\u2029",
                "combining e\u0301 \uFEFF bom \u00A0nbsp \u3000 ideographic \uD834\uDD1E clef");
        for (String text : texts) {
            String body = "Body: " + text + " :end";
            String title = "Title " + text;
            Map<String, Object> article = Api.article(body);
            article.put("title", title);
            article.put("author", text);
            String json = JSON.writeValueAsString(article);
            HttpResponse<byte[]> created = send("POST", "/api/v1/articles", json.getBytes(StandardCharsets.UTF_8),
                    "application/json");
            assertThat(created.statusCode()).as("create with %s: %s", json, utf8(created.body())).isEqualTo(201);
            String id = JSON.readTree(created.body()).get("id").asText();
            HttpResponse<byte[]> read = send("GET", "/api/v1/articles/" + id, null, null);
            JsonNode node = JSON.readTree(read.body());
            assertThat(node.get("body").asText().getBytes(StandardCharsets.UTF_8))
                    .as("body of %s", json).isEqualTo(body.getBytes(StandardCharsets.UTF_8));
            assertThat(node.get("title").asText()).isEqualTo(title);
            assertThat(node.get("author").asText()).isEqualTo(text);
            // The raw response bytes hold the text as JSON escapes or UTF-8; decoding them must give it back exactly.
            assertThat(utf8(read.body())).doesNotContain("\uFFFD");
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    private void fixtures() {
        articleBody = "The Prime Minister of Cambodia, Hun Sen, visited in 2022. \ud83d\ude00 Then he left.";
        articleId = Api.createArticle(articleBody);
        claimId = Api.createClaim(articleId, "Hun Sen");
        Api.addReview(claimId, "ACCURATE", 0.5);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        personId = io.restassured.RestAssured.given().contentType("application/json")
                .body(Map.of("name", "Hostile Person " + tag)).post("/api/v1/people")
                .then().statusCode(201).extract().path("id");
        officeId = io.restassured.RestAssured.given().contentType("application/json")
                .body(Map.of("title", "Hostile Office " + tag, "jurisdiction", "Nowhere " + tag))
                .post("/api/v1/offices").then().statusCode(201).extract().path("id");
        tenureId = io.restassured.RestAssured.given().contentType("application/json")
                .body(Map.of("officeId", officeId, "start", "2001-02-03", "precision", "DAY",
                        "source", "https://example.org/t"))
                .post("/api/v1/people/" + personId + "/tenures").then().statusCode(201).extract().path("id");
    }

    private List<Target> targets() {
        Map<String, Kind> article = fields("url", Kind.STRING, "title", Kind.STRING, "publisher", Kind.STRING,
                "author", Kind.STRING, "language", Kind.STRING, "publishedAt", Kind.DATE,
                "publishedAtApproximate", Kind.BOOL, "body", Kind.STRING);
        Supplier<Map<String, Object>> articleBodyJson = () -> map("url", "https://example.org/" + UUID.randomUUID(),
                "title", "t", "publisher", "p", "author", "a", "language", "en", "publishedAt", "2025-11-29",
                "publishedAtApproximate", false, "body", "Hun Sen is the Prime Minister of Cambodia.");
        Map<String, Kind> claim = fields("articleId", Kind.UUID, "text", Kind.STRING, "anchor", Kind.OBJECT,
                "anchor.start", Kind.INT, "anchor.end", Kind.INT, "anchor.exact", Kind.STRING,
                "anchor.prefix", Kind.STRING, "anchor.suffix", Kind.STRING, "claimant", Kind.STRING,
                "person", Kind.STRING);
        Map<String, Kind> review = fields("verdict", Kind.ENUM, "confidence", Kind.NUMBER, "summary", Kind.STRING,
                "correction", Kind.STRING, "evidence", Kind.OBJECT, "evidence.0.url", Kind.STRING,
                "evidence.0.title", Kind.STRING, "reviewer", Kind.STRING, "publishedUrl", Kind.STRING);
        Map<String, Kind> person = fields("name", Kind.STRING, "aliases", Kind.STRINGS, "wikidataId", Kind.STRING,
                "description", Kind.STRING);
        Map<String, Kind> office = fields("title", Kind.STRING, "jurisdiction", Kind.STRING,
                "adjectives", Kind.STRINGS, "aliases", Kind.STRINGS, "wikidataId", Kind.STRING);
        Map<String, Kind> tenure = fields("officeId", Kind.UUID, "start", Kind.DATE, "end", Kind.DATE,
                "precision", Kind.ENUM, "source", Kind.STRING, "note", Kind.STRING);
        Supplier<Map<String, Object>> tenureJson = () -> map("officeId", officeId, "start", "1990-01-01",
                "end", "1991-01-01", "precision", "YEAR", "source", "https://example.org/s", "note", "n");
        Map<String, Kind> none = Map.of();
        Map<String, Kind> paging = fields("limit", Kind.INT, "cursor", Kind.STRING);

        List<Target> targets = new ArrayList<>();
        targets.add(new Target("POST /articles", "POST", r -> "/api/v1/articles", articleBodyJson, article, none));
        targets.add(new Target("PUT /articles/{id}", "PUT", r -> "/api/v1/articles/" + id(r, articleId),
                () -> map("title", "t", "body", articleBody, "publishedAt", "2025-11-29"), article, none));
        targets.add(new Target("POST /articles/{id}/recheck", "POST",
                r -> "/api/v1/articles/" + id(r, articleId) + "/recheck", () -> null, none, none));
        targets.add(new Target("DELETE /articles/{id}", "DELETE", r -> "/api/v1/articles/" + badId(r), () -> null,
                none, none));
        targets.add(new Target("POST /claims", "POST", r -> "/api/v1/claims",
                () -> map("articleId", articleId, "text", "t", "anchor", map("start", 0, "end", 3, "exact", "The",
                        "prefix", "", "suffix", " Prime"), "claimant", "c", "person", "p"), claim, none));
        targets.add(new Target("PATCH /claims/{id}", "PATCH", r -> "/api/v1/claims/" + id(r, claimId),
                () -> map("text", "t", "anchor", map("exact", "Hun Sen"), "claimant", "c", "person", "p"), claim,
                none));
        targets.add(new Target("DELETE /claims/{id}", "DELETE", r -> "/api/v1/claims/" + badId(r), () -> null, none,
                none));
        targets.add(new Target("POST /claims/{id}/reviews", "POST",
                r -> "/api/v1/claims/" + id(r, claimId) + "/reviews",
                () -> map("verdict", "ACCURATE", "confidence", 0.5, "summary", "s", "correction", "c",
                        "evidence", List.of(map("url", "https://example.org/e", "title", "e")), "reviewer", "r",
                        "publishedUrl", "https://example.org/fact-checks/1"),
                review, none));
        targets.add(new Target("POST /people", "POST", r -> "/api/v1/people",
                () -> map("name", "n", "aliases", List.of("a"), "wikidataId", "Q7747", "description", "d"), person,
                none));
        targets.add(new Target("PUT /people/{id}", "PUT", r -> "/api/v1/people/" + id(r, personId),
                () -> map("name", "n", "aliases", List.of("a"), "description", "d"), person, none));
        targets.add(new Target("DELETE /people/{id}", "DELETE", r -> "/api/v1/people/" + badId(r), () -> null, none,
                none));
        targets.add(new Target("POST /offices", "POST", r -> "/api/v1/offices",
                () -> map("title", "t", "jurisdiction", "j", "adjectives", List.of("a"), "aliases", List.of("b"),
                        "wikidataId", "Q11696"), office, none));
        targets.add(new Target("PUT /offices/{id}", "PUT", r -> "/api/v1/offices/" + id(r, officeId),
                () -> map("title", "t", "jurisdiction", "j"), office, none));
        targets.add(new Target("DELETE /offices/{id}", "DELETE", r -> "/api/v1/offices/" + badId(r), () -> null,
                none, none));
        targets.add(new Target("POST /people/{id}/tenures", "POST",
                r -> "/api/v1/people/" + id(r, personId) + "/tenures", tenureJson, tenure, none));
        targets.add(new Target("PUT /tenures/{id}", "PUT", r -> "/api/v1/tenures/" + id(r, tenureId), tenureJson,
                tenure, none));
        targets.add(new Target("DELETE /tenures/{id}", "DELETE", r -> "/api/v1/tenures/" + badId(r), () -> null,
                none, none));
        targets.add(new Target("POST /keys + DELETE /keys/{id}", "POST", r -> "/api/v1/keys",
                () -> map("name", "k", "role", "editor"), fields("name", Kind.STRING, "role", Kind.ENUM), none));
        targets.add(new Target("POST /knowledge/import/wikidata", "POST", r -> "/api/v1/knowledge/import/wikidata",
                () -> map("id", "Q999999999", "labels", map("en", map("language", "en", "value", "v")),
                        "claims", map("P31", List.of(map("mainsnak", map("snaktype", "value", "property", "P31",
                                "datavalue", map("value", map("id", "Q5"), "type", "wikibase-entityid")))))),
                fields("id", Kind.STRING, "labels", Kind.OBJECT, "labels.en.value", Kind.STRING, "claims", Kind.OBJECT,
                        "claims.P31.0.mainsnak.datavalue.value.id", Kind.STRING),
                none));
        targets.add(new Target("POST /check", "POST", r -> "/api/v1/check",
                () -> map("text", "Hun Sen is the Prime Minister of Cambodia.", "publishedAt", "2025-11-29",
                        "uri", "a.md"),
                fields("text", Kind.STRING, "publishedAt", Kind.DATE, "uri", Kind.STRING), none));
        targets.add(new Target("GET /articles", "GET", r -> "/api/v1/articles", () -> null, none,
                with(paging, "publisher", Kind.STRING, "since", Kind.DATE, "until", Kind.DATE)));
        targets.add(new Target("GET /claims", "GET", r -> "/api/v1/claims", () -> null, none,
                with(paging, "q", Kind.STRING, "verdict", Kind.ENUM, "status", Kind.ENUM, "articleId", Kind.UUID,
                        "publisher", Kind.STRING, "person", Kind.STRING, "minConfidence", Kind.NUMBER,
                        "since", Kind.DATE, "until", Kind.DATE, "maxAgeDays", Kind.INT)));
        targets.add(new Target("GET /claimreviews", "GET", r -> "/api/v1/claimreviews", () -> null, none, paging));
        targets.add(new Target("GET /people, /offices, /keys, reviews", "GET",
                r -> List.of("/api/v1/people", "/api/v1/offices", "/api/v1/keys",
                        "/api/v1/claims/" + id(r, claimId) + "/reviews").get(r.nextInt(4)),
                () -> null, none, with(paging, "q", Kind.STRING)));
        targets.add(new Target("GET one: article, claim, gate, claimreviews", "GET",
                r -> List.of("/api/v1/articles/" + id(r, articleId), "/api/v1/claims/" + id(r, claimId),
                        "/api/v1/articles/" + id(r, articleId) + "/gate",
                        "/api/v1/articles/" + id(r, articleId) + "/claimreviews", "/api/v1/people/" + id(r, personId),
                        "/api/v1/offices/" + id(r, officeId), "/api/v1/tenures/" + id(r, tenureId),
                        "/api/v1/articles/" + id(r, articleId) + "/claims").get(r.nextInt(8)),
                () -> null, none, fields("include", Kind.STRING, "failOn", Kind.ENUM, "minConfidence", Kind.NUMBER,
                        "pending", Kind.STRING)));
        return targets;
    }

    private void fuzz(Target target) throws Exception {
        long targetSeed = SEED * 31 + target.name().hashCode();
        List<String> failures = new ArrayList<>();
        long[] before = snapshot();
        for (int i = 0; i < CASES && failures.size() < 10; i++) {
            long seed = targetSeed + i;
            Random random = new Random(seed);
            String path = target.path().apply(random);
            Map<String, String> headers = new LinkedHashMap<>();
            byte[] body = null;
            String contentType = "application/json";
            String described;
            if (target.method().equals("GET")) {
                path += query(random, target.query());
                described = "GET " + path;
            } else {
                Map<String, Object> template = target.body().get();
                body = template == null ? (random.nextInt(3) == 0 ? null : hostileBody(random, Map.of(), Map.of()))
                        : hostileBody(random, template, target.fields());
                if (random.nextInt(40) == 0) {
                    contentType = pick(random, "text/plain", "application/xml", "application/json; charset=latin1",
                            "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "*/*", "");
                }
                if (random.nextInt(40) == 0) {
                    headers.put("Accept", pick(random, "text/html", "image/png", "application/xml", "*/*;q=0"));
                }
                described = target.method() + " " + path + " " + excerpt(body) + " (Content-Type " + contentType + ")";
            }
            HttpResponse<byte[]> response = send(target.method(), path, body, contentType, headers);
            String failure = check(response, seed, described);
            if (failure != null) {
                failures.add(failure);
            }
            long[] after = snapshot();
            if (response.statusCode() >= 300 && !java.util.Arrays.equals(before, after)) {
                failures.add(reproduce(seed, described) + ": rejected with " + response.statusCode()
                        + " but the database changed from " + java.util.Arrays.toString(before) + " to "
                        + java.util.Arrays.toString(after));
            }
            before = after;
            if (target.name().startsWith("POST /keys") && response.statusCode() == 201) {
                String id = JSON.readTree(response.body()).get("id").asText();
                send("DELETE", "/api/v1/keys/" + id, null, null);
                before = snapshot();
            }
            if (target.name().startsWith("POST /keys") && random.nextInt(4) == 0) {
                HttpResponse<byte[]> delete = send("DELETE", "/api/v1/keys/" + badId(random), null, null);
                String deleteFailure = check(delete, seed, "DELETE /api/v1/keys/…");
                if (deleteFailure != null) {
                    failures.add(deleteFailure);
                }
            }
        }
        assertThat(failures).as("%s: failures (seed base %s)", target.name(), SEED).isEmpty();
    }

    /** Null when the answer is acceptable for hostile input, else what is wrong with it. */
    private static String check(HttpResponse<byte[]> response, long seed, String described) {
        int status = response.statusCode();
        if (status >= 500) {
            return reproduce(seed, described) + ": answered " + status + " " + utf8(response.body());
        }
        if (status >= 400) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                return reproduce(seed, described) + ": " + status + " with Content-Type '" + type + "': "
                        + excerpt(response.body());
            }
            try {
                JsonNode problem = JSON.readTree(response.body());
                if (problem.path("status").asInt() != status || !problem.hasNonNull("title")) {
                    return reproduce(seed, described) + ": " + status + " but the problem says "
                            + utf8(response.body());
                }
            } catch (Exception e) {
                return reproduce(seed, described) + ": " + status + " with a body that is not JSON: "
                        + excerpt(response.body());
            }
        }
        return null;
    }

    private static String reproduce(long seed, String described) {
        return "[case seed " + seed + "] " + described;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Generation

    private byte[] hostileBody(Random random, Map<String, Object> template, Map<String, Kind> fields) throws Exception {
        int mutation = random.nextInt(100);
        List<String> paths = new ArrayList<>(fields.keySet());
        String field = paths.isEmpty() ? "x" : paths.get(random.nextInt(paths.size()));
        Kind kind = fields.getOrDefault(field, Kind.STRING);
        Object value;
        if (mutation < 12) { // malformed JSON
            String valid = write(template);
            return switch (random.nextInt(8)) {
                case 0 -> valid.substring(0, random.nextInt(Math.max(1, valid.length()))).getBytes(StandardCharsets.UTF_8);
                case 1 -> insertAt(random, valid, pick(random, "{", "}", "[", "]", ",", ":", "\"", "\\", "'", "/*"));
                case 2 -> (valid + pick(random, ",", " {}", "]", " x", "\u0000", "}")).getBytes(StandardCharsets.UTF_8);
                case 3 -> pick(random, "", " ", "null", "[]", "\"str\"", "12", "true", "{'title':'x'}", "{title:1}",
                        "{\"a\":1,\"a\":2}", "{\"title\":\"x\",}", "[1,2,", "{\"\":}", "\uFEFF{}", "{}{}", "NaN")
                        .getBytes(StandardCharsets.UTF_8);
                case 4 -> valid.replace(":", "=").getBytes(StandardCharsets.UTF_8);
                case 5 -> valid.replaceFirst("\"", "").getBytes(StandardCharsets.UTF_8);
                case 6 -> { // a duplicate key
                    yield valid.length() > 2 ? ("{\"" + first(template) + "\":null," + valid.substring(1))
                            .getBytes(StandardCharsets.UTF_8) : "{\"a\":1,\"a\":1}".getBytes(StandardCharsets.UTF_8);
                }
                default -> randomBytes(random);
            };
        } else if (mutation < 24) { // wrong type
            value = pick(random, 12, 1.5, true, false, List.of(), Map.of(), "0.5", List.of("x"), Map.of("a", 1), null,
                    "12", -1, List.of(List.of()), "true");
        } else if (mutation < 34) { // huge or odd numbers, as raw tokens
            value = new Raw(pick(random, RAW_NUMBERS));
        } else if (mutation < 38) { // deep nesting
            int depth = random.nextBoolean() ? 10_000 : 1_000 + random.nextInt(2_000);
            String open = random.nextBoolean() ? "[" : "{\"a\":";
            String close = open.equals("[") ? "]" : "}";
            String nested = open.repeat(depth) + "1" + close.repeat(depth);
            if (random.nextInt(4) == 0) {
                return nested.getBytes(StandardCharsets.UTF_8);
            }
            value = new Raw(random.nextInt(5) == 0 ? nested.substring(0, nested.length() - 1) : nested);
        } else if (mutation < 46) { // invalid UTF-8 inside a string
            value = "before" + BAD_BYTES + "after";
            byte[] bytes = write(set(template, field, value)).getBytes(StandardCharsets.UTF_8);
            return replaceBadBytes(bytes, INVALID_UTF8[random.nextInt(INVALID_UTF8.length)]);
        } else if (mutation < 54) { // control characters: raw ones are invalid JSON, escaped ones are text
            char control = (char) random.nextInt(0x20);
            if (random.nextBoolean()) {
                String json = write(set(template, field, "x" + '\uE000' + "y"));
                return json.replace('\uE000', control).getBytes(StandardCharsets.UTF_8);
            }
            value = "x" + control + (random.nextBoolean() ? "\u0000" : "\u007F") + "y";
        } else if (mutation < 66) { // SQL and script fragments in every string field
            Map<String, Object> copy = template;
            for (Map.Entry<String, Kind> entry : fields.entrySet()) {
                if (entry.getValue() == Kind.STRING || entry.getValue() == Kind.STRINGS) {
                    String injected = pick(random, INJECTIONS);
                    copy = set(copy, entry.getKey(), entry.getValue() == Kind.STRINGS ? List.of(injected) : injected);
                }
            }
            return utf8Lenient(write(copy));
        } else if (mutation < 72) { // unknown enum values
            value = pick(random, BAD_ENUMS);
            if (kind != Kind.ENUM) {
                field = paths.stream().filter(p -> fields.get(p) == Kind.ENUM).findAny().orElse(field);
            }
        } else if (mutation < 78) { // bad dates
            value = pick(random, BAD_DATES);
            if (kind != Kind.DATE) {
                field = paths.stream().filter(p -> fields.get(p) == Kind.DATE).findAny().orElse(field);
            }
        } else if (mutation < 84) { // bad or unknown UUIDs
            value = random.nextInt(4) == 0 ? UUID.randomUUID().toString() : pick(random, BAD_UUIDS);
            if (kind != Kind.UUID) {
                field = paths.stream().filter(p -> fields.get(p) == Kind.UUID).findAny().orElse(field);
            }
        } else if (mutation < 92) { // offsets out of range (and any other int field)
            int length = articleBody.length();
            Map<String, Object> copy = template;
            if (fields.containsKey("anchor.start")) {
                Object[] offsets = { -1, length + 1, length, Integer.MAX_VALUE, Integer.MIN_VALUE,
                        new Raw("2147483648"), new Raw("-9223372036854775809"), 0, articleBody.indexOf('\ud83d') + 1 };
                copy = set(set(copy, "anchor.start", pick(random, offsets)), "anchor.end", pick(random, offsets));
                if (random.nextBoolean()) {
                    copy = set(copy, "anchor.exact", null);
                }
                return utf8Lenient(write(copy));
            }
            value = pick(random, -1, Integer.MAX_VALUE, new Raw("2147483648"), 0, -0.0);
        } else if (mutation < 96) { // missing, empty or unknown fields
            Map<String, Object> copy = template == null ? new LinkedHashMap<>() : new LinkedHashMap<>(template);
            switch (random.nextInt(3)) {
                case 0 -> copy.clear();
                case 1 -> copy.remove(field);
                default -> copy.put(pick(random, "id", "createdAt", "reviewedBy", "keyHash", "__proto__", "version",
                        "constructor", ""), pick(random, "x", 1, Map.of()));
            }
            return utf8Lenient(write(copy));
        } else if (mutation < 99) { // a long string
            value = "x".repeat(pick(random, 301, 2049, 10_001, 100_001, 200_001));
        } else { // over the body limit
            value = "y".repeat(1_100_000);
        }
        return utf8Lenient(write(set(template, field, value)));
    }

    private String query(Random random, Map<String, Kind> params) {
        if (params.isEmpty()) {
            return "";
        }
        StringBuilder query = new StringBuilder();
        List<String> names = new ArrayList<>(params.keySet());
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String name = names.get(random.nextInt(names.size()));
            String value = switch (random.nextInt(10) < 2 ? Kind.STRING : params.get(name)) {
                case INT -> pick(random, BAD_INTS);
                case NUMBER -> pick(random, RAW_NUMBERS[random.nextInt(RAW_NUMBERS.length)], "1.5", "-0.1", "abc",
                        "", "0.5", "1e-400");
                case DATE -> pick(random, BAD_DATES);
                case UUID -> random.nextBoolean() ? pick(random, BAD_UUIDS) : UUID.randomUUID().toString();
                case ENUM -> pick(random, pick(random, BAD_ENUMS), "ACCURATE,,", ",", "ACCURATE,PANTS", "PENDING",
                        "OUTDATED,ORPHANED");
                default -> name.equals("cursor") ? cursor(random) : pick(random, INJECTIONS);
            };
            query.append(i == 0 ? '?' : '&').append(encode(random, name)).append('=').append(encode(random, value));
        }
        return query.toString();
    }

    private static String cursor(Random random) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return switch (random.nextInt(8)) {
            case 0 -> b64.encodeToString(randomBytes(random));
            case 1 -> b64.encodeToString(("2025-01-01T00:00:00Z|" + pick(random, BAD_UUIDS))
                    .getBytes(StandardCharsets.UTF_8));
            case 2 -> b64.encodeToString((pick(random, BAD_DATES) + "|" + UUID.randomUUID())
                    .getBytes(StandardCharsets.UTF_8));
            case 3 -> b64.encodeToString(("+1000000000-12-31T23:59:59.999999999Z|" + UUID.randomUUID())
                    .getBytes(StandardCharsets.UTF_8));
            case 4 -> b64.encodeToString(("-1000000000-01-01T00:00:00Z|" + UUID.randomUUID())
                    .getBytes(StandardCharsets.UTF_8));
            case 5 -> pick(random, "!!!", "====", "a", "null", "%00", "'; drop table article; --", "\u0000");
            case 6 -> b64.encodeToString("no bar here".getBytes(StandardCharsets.UTF_8));
            default -> "x".repeat(random.nextInt(10_000)); // past 8192 characters of URI: a 414 problem
        };
    }

    /** Percent-encodes, sometimes leaving a raw or broken escape in for the server to cope with. */
    private static String encode(Random random, String value) {
        String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
        return switch (random.nextInt(12)) {
            case 0 -> encoded + "%00";
            case 1 -> encoded + "%C3%28";
            case 2 -> encoded + "%FF";
            default -> encoded;
        };
    }

    private String id(Random random, String valid) {
        return random.nextInt(4) == 0 ? badId(random) : valid;
    }

    private static String badId(Random random) {
        String id = random.nextInt(3) == 0 ? UUID.randomUUID().toString() : pick(random, BAD_UUIDS);
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Plumbing

    /** Counts of every table a write touches, plus version sums: a rejected write must not move any. */
    private long[] snapshot() {
        Row row = pool.query("select (select count(*) from article), (select coalesce(sum(version), 0) from article),"
                + " (select count(*) from claim), (select coalesce(sum(version), 0) from claim),"
                + " (select count(*) from review), (select count(*) from person), (select count(*) from office),"
                + " (select count(*) from tenure), (select count(*) from api_key where revoked_at is null)")
                .execute().await().atMost(Duration.ofSeconds(10)).iterator().next();
        long[] counts = new long[row.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = row.getLong(i);
        }
        return counts;
    }

    private HttpResponse<byte[]> send(String method, String path, byte[] body, String contentType) throws Exception {
        return send(method, path, body, contentType, Map.of());
    }

    private HttpResponse<byte[]> send(String method, String path, byte[] body, String contentType,
            Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", TestKeys.bearer(TestKeys.ADMIN))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null && !contentType.isEmpty() && body != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A value written verbatim into the JSON text. */
    private record Raw(String json) {
    }

    private static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Raw raw) {
            out.append(raw.json());
        } else if (value instanceof String s) {
            out.append('"');
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> entry : ((Map<String, Object>) map).entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(entry.getKey(), out);
                out.append(':');
                write(entry.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            out.append(value);
        }
    }

    /** Lone surrogates become JSON escapes, so the bytes stay valid UTF-8 and the server sees the broken text. */
    private static byte[] utf8Lenient(String json) {
        StringBuilder out = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < json.length() && Character.isLowSurrogate(json.charAt(i + 1))) {
                out.append(c).append(json.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A copy of the body with the value at a dotted path ("anchor.start", "evidence.0.url") replaced. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> set(Map<String, Object> body, String path, Object value) {
        Map<String, Object> copy = deepCopy(body == null ? Map.of() : body);
        String[] parts = path.split("\\.");
        Object node = copy;
        for (int i = 0; i < parts.length - 1; i++) {
            Object next = node instanceof Map<?, ?> m ? m.get(parts[i])
                    : node instanceof List<?> l && parts[i].matches("\\d+") && Integer.parseInt(parts[i]) < l.size()
                            ? l.get(Integer.parseInt(parts[i])) : null;
            if (next == null) {
                copy.put(parts[0], value);
                return copy;
            }
            node = next;
        }
        String last = parts[parts.length - 1];
        if (node instanceof Map<?, ?> m) {
            ((Map<String, Object>) m).put(last, value);
        } else if (node instanceof List<?> l && last.matches("\\d+")) {
            ((List<Object>) l).set(Integer.parseInt(last), value);
        }
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static <T> T deepCopy(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, deepCopy(v)));
            return (T) copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(deepCopy(v)));
            return (T) copy;
        }
        return value;
    }

    private static byte[] replaceBadBytes(byte[] bytes, byte[] invalid) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            if (i + 2 < bytes.length && bytes[i] == BAD_BYTES_UTF8[0] && bytes[i + 1] == BAD_BYTES_UTF8[1]
                    && bytes[i + 2] == BAD_BYTES_UTF8[2]) {
                out.writeBytes(invalid);
                i += 2;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toByteArray();
    }

    private static byte[] insertAt(Random random, String text, String insert) {
        int at = random.nextInt(text.length() + 1);
        return (text.substring(0, at) + insert + text.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(64)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String first(Map<String, Object> template) {
        return template == null || template.isEmpty() ? "a" : template.keySet().iterator().next();
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Map<String, Kind> fields(Object... namesAndKinds) {
        Map<String, Kind> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndKinds.length; i += 2) {
            map.put((String) namesAndKinds[i], (Kind) namesAndKinds[i + 1]);
        }
        return map;
    }

    private static Map<String, Kind> with(Map<String, Kind> base, Object... namesAndKinds) {
        Map<String, Kind> map = new LinkedHashMap<>(base);
        map.putAll(fields(namesAndKinds));
        return map;
    }

    private static String utf8(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }

    private static String excerpt(byte[] bytes) {
        String text = utf8(bytes);
        return text.length() > 300 ? text.substring(0, 300) + "…(" + bytes.length + " bytes)" : text;
    }
}
