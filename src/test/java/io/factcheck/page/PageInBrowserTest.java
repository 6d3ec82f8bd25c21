package io.factcheck.page;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.factcheck.support.Api;
import io.factcheck.support.TestKeys;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The page as a person's browser shows it: headless Chromium loads it from the running service and dumps the DOM
 * after 5 s of virtual time. Skipped when Chromium is not installed (.ci/run installs Debian's chromium).
 */
@QuarkusTest
class PageInBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String BODY = "The harbour bridge cost 3 million euros, the council said. "
            + "<script>alert('xss')</script> <img src=x onerror=alert(1)> Works start next spring.";
    private static final String QUOTE = "The harbour bridge cost 3 million euros";

    @TestHTTPResource("/")
    URL root;

    @Test
    void shows_the_article_with_its_reviewed_claim_highlighted_and_markup_in_the_body_as_text() throws Exception {
        assumeChromium();
        String articleId = Api.createPublishedArticle(BODY);
        String claimId = reviewedClaim(articleId);

        // ?live=off: a snapshot; an open claim stream would keep the virtual time budget from running out
        String dom = dumpDom(root + "?live=off#/articles/" + articleId);

        assertThat(dom).containsPattern(Pattern.compile("<mark class=\"claim verdict-inaccurate\" data-claim-id=\""
                + claimId + "\"[^>]*>" + QUOTE + "</mark>"));
        assertThat(dom).contains("&lt;script&gt;alert('xss')&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;");
        assertThat(dom).doesNotContain("<script>alert", "<img");
        assertThat(dom).contains("The council's budget shows 4.2 million euros.", "Correct wording: ",
                "4.2 million euros", "Inaccurate");
        assertThat(dom).contains("Live updates off (snapshot).");
    }

    @Test
    void shows_a_draft_only_to_a_browser_with_a_key() throws Exception {
        assumeChromium();
        String draft = Api.createArticle(BODY);
        reviewedClaim(draft);
        String title = given().when().get("/api/v1/articles/" + draft).then().statusCode(200).extract().path("title");

        String anonymous = dumpDom(root + "?live=off#/articles/" + draft, false);
        assertThat(anonymous).doesNotContain(title, QUOTE + "</mark>");

        // The key comes in the fragment (never sent to a server), stays in the tab, and shows the desk's view
        String desk = dumpDom(root + "?live=off#key=" + TestKeys.ADMIN, false);
        assertThat(desk).contains(title, "DRAFT", "Desk view").doesNotContain(TestKeys.ADMIN);
    }

    private static String reviewedClaim(String articleId) {
        String claimId = Api.createClaim(articleId, QUOTE);
        Map<String, Object> review = Api.review("INACCURATE", 0.85);
        review.put("summary", "The council's budget shows 4.2 million euros.");
        review.put("correction", "The harbour bridge cost 4.2 million euros");
        given().contentType(ContentType.JSON).body(review)
                .when().post("/api/v1/claims/" + claimId + "/reviews")
                .then().statusCode(201);
        return claimId;
    }

    private static void assumeChromium() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM
                + ": the browser test is skipped (install it with: apt-get install -y chromium; .ci/run does)");
    }

    private static String dumpDom(String url) throws IOException, InterruptedException {
        return dumpDom(url, true);
    }

    private static String dumpDom(String url, boolean anArticle) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("claims-chromium-");
        try {
            Path out = profile.resolve("dom.html");
            Path err = profile.resolve("stderr.txt");
            List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile.resolve("profile"),
                    "--virtual-time-budget=5000", "--dump-dom", url));
            Process chromium = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!chromium.waitFor(90, TimeUnit.SECONDS)) {
                chromium.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError("Chromium did not finish within 90 s: " + Files.readString(err));
            }
            String dom = Files.readString(out, StandardCharsets.UTF_8);
            assertThat(dom).as("DOM dumped by Chromium (exit %d; stderr: %s)", chromium.exitValue(), Files.readString(err))
                    .contains(anArticle ? "<mark" : "<nav");
            return dom;
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
