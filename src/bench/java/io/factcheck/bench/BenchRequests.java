package io.factcheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The requests of each benchmarked endpoint, for the fixed-rate generator: the same as the wrk scripts in
 * src/bench/wrk (same id files, same bodies), so both measure the same work.
 */
final class BenchRequests {

    record Request(String method, String path, String body, Map<String, String> headers) {
    }

    private final String endpoint;
    private final List<String> ids;
    private final String key;
    private final String checkBody;
    private final Random rnd = new Random(7);
    private int next;

    BenchRequests(String endpoint, Path idDir, String key, Path checkBody) {
        this.endpoint = endpoint;
        this.key = key;
        this.ids = switch (endpoint) {
            case "claim", "review" -> lines(idDir.resolve("claims.txt"));
            case "article", "gate" -> lines(idDir.resolve("articles.txt"));
            case "search" -> lines(idDir.resolve("queries.txt")).stream()
                    .map(q -> URLEncoder.encode(q, StandardCharsets.UTF_8)).toList();
            case "check", "static" -> List.of();
            default -> throw new IllegalArgumentException("unknown endpoint " + endpoint);
        };
        if ("review".equals(endpoint)) {
            // Walked in a shuffled order rather than drawn at random: two reviews of one claim in flight at once
            // would race on its version and one would get 409, which is not the cost being measured.
            Collections.shuffle(ids, new Random(11));
        }
        try {
            this.checkBody = "check".equals(endpoint) ? Files.readString(checkBody).strip() : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Request next() {
        return switch (endpoint) {
            case "claim" -> get("/api/v1/claims/" + random());
            case "article" -> get("/api/v1/articles/" + random() + "?include=claims");
            case "gate" -> get("/api/v1/articles/" + random() + "/gate");
            case "search" -> get("/api/v1/claims?limit=20&q=" + random());
            case "static" -> get("/static");
            case "check" -> new Request("POST", "/api/v1/check", checkBody, Map.of("Content-Type", "application/json"));
            case "review" -> new Request("POST", "/api/v1/claims/" + ids.get(next++ % ids.size()) + "/reviews",
                    reviewBody(), Map.of("Content-Type", "application/json", "Authorization", "Bearer " + key));
            default -> throw new IllegalStateException(endpoint);
        };
    }

    /** The body the wrk script sends too (one fixed review; verdict and confidence within the contract). */
    static String reviewBody() {
        return "{\"verdict\":\"OUTDATED\",\"confidence\":0.9,\"summary\":\"Left office before the article's date; "
                + "the title needs former.\",\"correction\":\"former Prime Minister\",\"evidence\":[{\"url\":"
                + "\"https://example.org/evidence/bench\",\"title\":\"Official record\"}],\"reviewer\":\"Bench desk\"}";
    }

    private Request get(String path) {
        return new Request("GET", path, null, Map.of());
    }

    private String random() {
        return ids.get(rnd.nextInt(ids.size()));
    }

    private static List<String> lines(Path file) {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList());
            if (lines.isEmpty()) {
                throw new IllegalStateException(file + " is empty");
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
