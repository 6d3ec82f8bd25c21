package io.factcheck.publication;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.factcheck.support.Api;
import io.factcheck.support.EventStream;
import io.factcheck.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Who sees what (issue #14), as ONE table: every GET endpoint of the OpenAPI document, with the rule that decides what
 * each caller (anonymous, reader, editor, admin) gets for articles in every state (draft, published, retracted) and
 * claims reviewed or not. {@link #every_get_endpoint_of_the_api_is_in_the_table} fails when an endpoint is added
 * without a row: add one to {@link #SURFACES}.
 */
@QuarkusTest
class AccessMatrixTest {

    /** What decides an anonymous caller's answer; a key of any role gets 200 from every rule but ADMIN. */
    enum Rule {
        /** One article: anonymous sees it (200) only when PUBLISHED, else 404. */
        ARTICLE,
        /** One claim: anonymous sees it only when its article is PUBLISHED and it is REVIEWED, else 404. */
        CLAIM,
        /** A list: always 200; anonymous finds only published articles' reviewed claims (and published articles). */
        LIST,
        /** The desk's own record (matching suggestions, links, canonical claims): anonymous always 404. */
        DESK,
        /** What aggregators publish (the ClaimReview feed): always 200, and only published reviewed claims, whoever asks. */
        PUBLISHED_FOR_ALL,
        /** Knowledge and other data without publication state: the same for every caller. */
        SAME_FOR_ALL,
        /** Key management: anonymous 401, reader and editor 403, admin 200. */
        ADMIN,
        /** The live stream: checked on its events ({@link #the_stream_tells_each_caller_only_what_it_may_read}). */
        STREAM
    }

    /** One GET endpoint: its OpenAPI path, its rule, and the request it makes for a subject of the fixture. */
    record Surface(String path, Rule rule, Function<Subject, String> uri) {
    }

    /** What a row is asked about: an article and one of its claims, or a fixed thing (people, a canonical claim). */
    record Subject(String article, String state, String claim, boolean reviewed) {

        boolean publicArticle() {
            return state.equals("PUBLISHED");
        }

        boolean publicClaim() {
            return publicArticle() && reviewed;
        }
    }

    /** A word of this run only, so that searches find this run's claims among every other test's. */
    private static final String MARKER = "Quokkaport" + UUID.randomUUID().toString().substring(0, 8);
    private static final String BRIDGE = "The bridge of " + MARKER + " opened in 2019.";
    private static final String TUNNEL = "The tunnel of " + MARKER + " opened in 2021.";
    private static final String BODY = BRIDGE + " " + TUNNEL;
    private static final List<String> CALLERS = List.of("anonymous", "reader", "editor", "admin");

    /** Set up once (@BeforeAll): things the knowledge rows and the desk rows need. */
    private static String person;
    private static String office;
    private static String tenure;
    private static String canonical;
    private static final List<Subject> SUBJECTS = new ArrayList<>();
    private static final Map<String, String> KEYS = new java.util.HashMap<>();

    /** THE TABLE: one row per GET endpoint. */
    static final List<Surface> SURFACES = List.of(
            new Surface("/api/v1/articles", Rule.LIST, s -> "/api/v1/articles?limit=200"),
            new Surface("/api/v1/articles/{id}", Rule.ARTICLE, s -> "/api/v1/articles/" + s.article()),
            new Surface("/api/v1/articles/{id}/claims", Rule.ARTICLE, s -> "/api/v1/articles/" + s.article() + "/claims"),
            new Surface("/api/v1/articles/{id}/gate", Rule.ARTICLE, s -> "/api/v1/articles/" + s.article() + "/gate"),
            new Surface("/api/v1/articles/{id}/claimreviews", Rule.ARTICLE,
                    s -> "/api/v1/articles/" + s.article() + "/claimreviews"),
            new Surface("/api/v1/claimreviews", Rule.PUBLISHED_FOR_ALL, s -> "/api/v1/claimreviews?limit=200"),
            new Surface("/api/v1/claims", Rule.LIST, s -> "/api/v1/claims?limit=200&articleId=" + s.article()),
            new Surface("/api/v1/claims/{id}", Rule.CLAIM, s -> "/api/v1/claims/" + s.claim()),
            new Surface("/api/v1/claims/{claimId}/reviews", Rule.CLAIM, s -> "/api/v1/claims/" + s.claim() + "/reviews"),
            new Surface("/api/v1/claims/{id}/similar", Rule.CLAIM, s -> "/api/v1/claims/" + s.claim() + "/similar"),
            new Surface("/api/v1/claims/similar", Rule.LIST, s -> "/api/v1/claims/similar?limit=50&text="
                    + (s.reviewed() ? BRIDGE : TUNNEL)),
            new Surface("/api/v1/claims/{id}/suggestions", Rule.DESK, s -> "/api/v1/claims/" + s.claim() + "/suggestions"),
            new Surface("/api/v1/claims/{id}/links", Rule.DESK, s -> "/api/v1/claims/" + s.claim() + "/links"),
            new Surface("/api/v1/canonical-claims/{id}", Rule.DESK, s -> "/api/v1/canonical-claims/" + canonical),
            new Surface("/api/v1/claims/stream", Rule.STREAM, s -> "/api/v1/claims/stream"),
            new Surface("/api/v1/people", Rule.SAME_FOR_ALL, s -> "/api/v1/people?q=Hun"),
            new Surface("/api/v1/people/{id}", Rule.SAME_FOR_ALL, s -> "/api/v1/people/" + person),
            new Surface("/api/v1/offices", Rule.SAME_FOR_ALL, s -> "/api/v1/offices"),
            new Surface("/api/v1/offices/{id}", Rule.SAME_FOR_ALL, s -> "/api/v1/offices/" + office),
            new Surface("/api/v1/tenures/{id}", Rule.SAME_FOR_ALL, s -> "/api/v1/tenures/" + tenure),
            new Surface("/api/v1/knowledge", Rule.SAME_FOR_ALL, s -> "/api/v1/knowledge"),
            new Surface("/api/v1/knowledge/changes", Rule.SAME_FOR_ALL, s -> "/api/v1/knowledge/changes"),
            // No such change, sync or fact-check: every caller gets the same 404 (none of them is turned away)
            new Surface("/api/v1/knowledge/changes/{id}", Rule.SAME_FOR_ALL,
                    s -> "/api/v1/knowledge/changes/" + UUID.randomUUID()),
            new Surface("/api/v1/knowledge/syncs", Rule.SAME_FOR_ALL, s -> "/api/v1/knowledge/syncs"),
            new Surface("/api/v1/knowledge/syncs/{id}", Rule.SAME_FOR_ALL,
                    s -> "/api/v1/knowledge/syncs/" + UUID.randomUUID()),
            new Surface("/api/v1/factchecks/{id}", Rule.SAME_FOR_ALL, s -> "/api/v1/factchecks/" + UUID.randomUUID()),
            new Surface("/api/v1/keys", Rule.ADMIN, s -> "/api/v1/keys"));

    private static long eventsBefore;

    /** Once, inside the first test (AdminKeyByDefault is not in force in a @BeforeAll). */
    private static synchronized void fixture() {
        if (!SUBJECTS.isEmpty()) {
            return;
        }
        // The stream replays from here: only the fixture's events follow
        eventsBefore = latestEventId();
        for (String state : List.of("DRAFT", "PUBLISHED", "RETRACTED")) {
            String article = Api.createArticle(Api.article(BODY));
            String reviewed = Api.createClaim(article, BRIDGE);
            Api.addReview(reviewed, "ACCURATE", 0.9);
            String pending = Api.createClaim(article, TUNNEL);
            if (!state.equals("DRAFT")) {
                Api.transition(article, "publish");
            }
            if (state.equals("RETRACTED")) {
                Api.transition(article, "retract");
            }
            SUBJECTS.add(new Subject(article, state, reviewed, true));
            SUBJECTS.add(new Subject(article, state, pending, false));
        }
        // A canonical claim of two draft appearances (the desk's matching work)
        String first = Api.createClaim(Api.createArticle("The ferry ran in 2018."), "The ferry ran in 2018.");
        String second = Api.createClaim(Api.createArticle("The ferry ran in 2018!"), "The ferry ran in 2018");
        canonical = given().contentType(ContentType.JSON).body(Map.of("targetId", first, "relation", "SAME_CLAIM"))
                .when().post("/api/v1/claims/" + second + "/links").then().statusCode(201)
                .extract().path("canonicalClaimId");
        person = given().when().get("/api/v1/people?q=Hun").then().statusCode(200).extract().path("items[0].id");
        tenure = given().when().get("/api/v1/people/" + person).then().statusCode(200).extract().path("tenures[0].id");
        office = given().when().get("/api/v1/people/" + person).then().statusCode(200)
                .extract().path("tenures[0].officeId");
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (String role : List.of("reader", "editor")) {
            KEYS.put(role, TestKeys.issue("matrix-" + role + "-" + run, role));
        }
        KEYS.put("admin", TestKeys.ADMIN);
    }

    private static RequestSpecification as(String caller) {
        TestKeys.sendNoKeyByDefault();
        RequestSpecification request = given();
        return caller.equals("anonymous") ? request : request.header("Authorization", TestKeys.bearer(KEYS.get(caller)));
    }

    @Test
    void every_caller_gets_what_the_table_says_for_every_state() {
        fixture();
        List<String> wrong = new ArrayList<>();
        for (Surface surface : SURFACES) {
            if (surface.rule() == Rule.STREAM) {
                continue;
            }
            for (Subject subject : SUBJECTS) {
                String uri = surface.uri().apply(subject);
                for (String caller : CALLERS) {
                    Response response = as(caller).when().get(uri);
                    String problem = check(surface, subject, caller, response);
                    if (problem != null) {
                        wrong.add(caller + " GET " + uri + " (" + subject.state() + (subject.reviewed() ? ", reviewed"
                                : ", unreviewed") + " claim): " + problem);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Null when the answer is the table's, else what is wrong with it. */
    private static String check(Surface surface, Subject subject, String caller, Response response) {
        boolean desk = !caller.equals("anonymous");
        int expected = switch (surface.rule()) {
            case ARTICLE -> desk || subject.publicArticle() ? 200 : 404;
            case CLAIM -> desk || subject.publicClaim() ? 200 : 404;
            case LIST, PUBLISHED_FOR_ALL -> 200;
            case DESK -> desk ? 200 : 404;
            case SAME_FOR_ALL -> -1; // whatever the admin key gets, below
            case ADMIN -> caller.equals("admin") ? 200 : desk ? 403 : 401;
            case STREAM -> throw new IllegalStateException("checked on its events");
        };
        if (surface.rule() == Rule.SAME_FOR_ALL) {
            int admin = as("admin").when().get(surface.uri().apply(subject)).statusCode();
            expected = admin;
            if (admin != 200 && admin != 404) {
                return "the admin key gets " + admin;
            }
        }
        if (response.statusCode() != expected) {
            return "status " + response.statusCode() + ", expected " + expected;
        }
        if (surface.rule() == Rule.LIST) {
            String body = response.asString();
            boolean shown = surface.path().equals("/api/v1/articles") ? body.contains(subject.article())
                    : body.contains(subject.claim());
            boolean visible = desk || (surface.path().equals("/api/v1/articles") ? subject.publicArticle()
                    : subject.publicClaim());
            if (shown != visible) {
                return visible ? "does not list what the caller may see" : "lists what the caller may not see";
            }
        }
        if (surface.rule() == Rule.PUBLISHED_FOR_ALL) {
            // A ClaimReview names its claim by text (this run's claims share their texts), so count this run's items:
            // exactly the published reviewed claims, whoever asks
            long listed = response.jsonPath().getList("dataFeedElement.item.claimReviewed", String.class).stream()
                    .filter(text -> text.contains(MARKER)).count();
            long published = SUBJECTS.stream().filter(Subject::publicClaim).count();
            if (listed != published) {
                return "lists " + listed + " of this run's claims, expected the " + published + " published reviewed";
            }
        }
        if (surface.rule() == Rule.ARTICLE && expected == 200 && !desk) {
            // Inside a public article, only its reviewed claims
            String body = response.asString();
            boolean pendingShown = SUBJECTS.stream().filter(s -> s.article().equals(subject.article()) && !s.reviewed())
                    .anyMatch(s -> body.contains(s.claim()));
            if (pendingShown) {
                return "shows an unreviewed claim";
            }
        }
        return null;
    }

    @Test
    void the_stream_tells_each_caller_only_what_it_may_read() throws InterruptedException {
        fixture();
        Set<String> publicClaims = SUBJECTS.stream().filter(Subject::publicClaim).map(Subject::claim)
                .collect(Collectors.toSet());
        Set<String> fixtureArticles = SUBJECTS.stream().map(Subject::article).collect(Collectors.toSet());
        for (String caller : CALLERS) {
            Map<String, String> headers = caller.equals("anonymous") ? Map.of("Last-Event-ID", "" + eventsBefore)
                    : Map.of("Last-Event-ID", "" + eventsBefore, "Authorization", TestKeys.bearer(KEYS.get(caller)));
            List<EventStream.Event> events;
            try (EventStream stream = EventStream.anonymous("/api/v1/claims/stream", headers)) {
                // The replay is written before the next keep-alive (a second apart in tests)
                stream.nextComment();
                stream.nextComment();
                events = stream.received();
            }
            List<String> about = new ArrayList<>();
            for (EventStream.Event event : events) {
                JsonNode data = json(event.data());
                String article = data.path("articleId").asText();
                if (!fixtureArticles.contains(article)) {
                    continue;
                }
                String state = SUBJECTS.stream().filter(s -> s.article().equals(article)).findFirst().orElseThrow().state();
                about.add(event.name() + " " + state + " " + (data.has("claimId")
                        ? (publicClaims.contains(data.get("claimId").asText()) ? "public-claim" : "hidden-claim")
                        : "article"));
            }
            if (caller.equals("anonymous")) {
                // Reviewed claims of the published article, its publication, and the retraction of the other one
                assertThat(about).as(caller).isNotEmpty().allMatch(e -> e.endsWith("public-claim")
                        || e.equals("article.published PUBLISHED article") || e.equals("article.retracted RETRACTED article"));
                assertThat(about).as(caller).contains("article.published PUBLISHED article",
                        "article.retracted RETRACTED article", "claim.reviewed PUBLISHED public-claim");
            } else {
                assertThat(about).as(caller).contains("claim.created DRAFT hidden-claim",
                        "article.published RETRACTED article", "article.retracted RETRACTED article");
            }
        }
    }

    @Test
    void every_get_endpoint_of_the_api_is_in_the_table() throws IOException {
        JsonNode document = new ObjectMapper().readTree(Files.readString(Path.of("openapi/openapi.json")));
        Set<String> gets = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getValue().has("get")) {
                gets.add(path.getKey());
            }
        }
        Set<String> inTable = SURFACES.stream().map(Surface::path).collect(Collectors.toCollection(TreeSet::new));
        assertThat(inTable).as("GET endpoints without a row in AccessMatrixTest.SURFACES (add one: who may see it?)")
                .containsAll(gets);
        assertThat(gets).as("rows of AccessMatrixTest.SURFACES that the API no longer has").containsAll(inTable);
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static long latestEventId() {
        try (EventStream stream = EventStream.open("/api/v1/claims/stream")) {
            // An id nobody has reached yet would replay nothing; the log's newest id comes with any live event, so
            // make one: a claim of a throwaway draft
            String article = Api.createArticle("The pier opened in 2017.");
            Api.createClaim(article, "The pier opened in 2017.");
            return Long.parseLong(stream.next().id());
        }
    }
}
