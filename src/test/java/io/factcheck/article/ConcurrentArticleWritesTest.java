package io.factcheck.article;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.factcheck.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * More concurrent article writes than the database pool has connections. Each write's transaction matches its new
 * findings against the stored claims; those reads once took a second connection from the same pool, so with every
 * connection held by a waiting write, all of them waited until the pool's acquire timeout and answered 500.
 */
@QuarkusTest
class ConcurrentArticleWritesTest {

    @ConfigProperty(name = "quarkus.datasource.reactive.max-size")
    int poolSize;

    @Test
    void more_concurrent_writes_than_connections_all_succeed() throws Exception {
        int writers = poolSize * 2;
        ExecutorService threads = Executors.newFixedThreadPool(writers);
        try {
            List<CompletableFuture<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                // a finding in every article, so that every write runs the claim matching in its transaction; about
                // a country no other test writes of, since the suite's tests share one database and its matches
                Map<String, Object> article = Api.article("Writer " + i + ": Prime Minister of Tuvalu Enele Sopoaga "
                        + "opened the session on Tuesday.");
                answers.add(CompletableFuture.supplyAsync(() -> given().contentType(ContentType.JSON).body(article)
                        .when().post("/api/v1/articles").then().extract().statusCode(), threads));
            }
            for (CompletableFuture<Integer> answer : answers) {
                assertEquals(201, answer.get());
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
