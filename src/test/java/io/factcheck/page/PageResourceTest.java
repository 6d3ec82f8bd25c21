package io.factcheck.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The read-only page's static files: served at /, revalidated on every load, not blocked by CORS for their own origin. */
@QuarkusTest
class PageResourceTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void the_page_is_served_at_the_root_and_revalidated_on_every_load() {
        given().when().get("/")
                .then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Cache-Control", equalTo("no-cache"))
                .body(containsString("<script src=\"app.js\" defer></script>"))
                .body(containsString("<link rel=\"stylesheet\" href=\"app.css\">"));
        given().when().get("/app.js").then().statusCode(200)
                .contentType(startsWith("text/javascript")).header("Cache-Control", equalTo("no-cache"));
        String lastModified = given().when().get("/app.css").then().statusCode(200)
                .contentType(startsWith("text/css")).header("Cache-Control", equalTo("no-cache"))
                .extract().header("Last-Modified");
        given().header("If-Modified-Since", lastModified).when().get("/app.css").then().statusCode(304);
    }

    @Test
    void the_page_may_call_the_api_from_its_own_origin_and_api_caching_is_unchanged() {
        String origin = root.getProtocol() + "://" + root.getHost() + ":" + root.getPort();
        given().header("Origin", origin).when().get("/app.js").then().statusCode(200);
        io.factcheck.support.TestKeys.sendNoKeyByDefault(); // as the page calls it: no key, so shared caches may keep it
        given().header("Origin", origin).when().get("/api/v1/articles").then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=0, must-revalidate"));
    }

    @Test
    void the_page_never_inserts_data_as_markup() {
        String script = given().when().get("/app.js").then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(script)
                .doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(");
    }
}
