package io.factcheck.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.factcheck.review.Evidence;

/** The seed corpus shipped in the jar: five articles (seed/articles.json + texts) and the desk's claims on them. */
record SeedCorpus(List<SeedArticle> articles, List<SeedClaim> claims) {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

    static SeedCorpus fromClasspath() {
        Manifest manifest = read("seed/articles.json", Manifest.class);
        ClaimsFile claims = read("seed/claims.json", ClaimsFile.class);
        List<SeedArticle> articles = manifest.articles().stream()
                .map(a -> new SeedArticle(a.file(), a.title(), a.publisher(), a.language(), a.publishedAt(),
                        a.approximate(), text("seed/articles/" + a.file())))
                .toList();
        return new SeedCorpus(articles, claims.claims());
    }

    private static <T> T read(String resource, Class<T> type) {
        try (InputStream in = open(resource)) {
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable seed resource " + resource, e);
        }
    }

    private static String text(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable seed resource " + resource, e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Seed resource missing from the build: " + resource);
        }
        return in;
    }

    record SeedArticle(String file, String title, String publisher, String language, LocalDate publishedAt,
            boolean approximate, String body) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SeedClaim(String file, String exact, String prefix, String suffix, String text, String person,
            SeedReview review) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SeedReview(String verdict, double confidence, String summary, String correction, List<Evidence> evidence) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Manifest(List<ManifestEntry> articles) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ManifestEntry(String file, String title, String publisher, LocalDate publishedAt, boolean approximate,
            String language) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ClaimsFile(List<SeedClaim> claims) {
    }
}
