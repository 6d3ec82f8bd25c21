package io.factcheck.ratelimit;

import io.vertx.core.http.HttpMethod;

/**
 * The classes of API requests that have separate budgets: cheap reads, checks (weighted by their text's length) and
 * writes. Anything outside {@code /api/} (the page, health, metrics, OpenAPI) and CORS preflights are not limited.
 */
public enum EndpointClass {
    READ("read"),
    CHECK("check"),
    WRITE("write");

    public static final String CHECK_PATH = "/api/v1/check";

    private final String tag;

    EndpointClass(String tag) {
        this.tag = tag;
    }

    /** The name in configuration keys and metric tags. */
    public String tag() {
        return tag;
    }

    /** The class of a request, or null when it is not limited. */
    public static EndpointClass of(HttpMethod method, String path) {
        if (path == null || !path.startsWith("/api/")) {
            return null;
        }
        if (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) {
            return READ;
        }
        if (HttpMethod.POST.equals(method) && (path.equals(CHECK_PATH) || path.equals(CHECK_PATH + "/"))) {
            return CHECK;
        }
        if (HttpMethod.POST.equals(method) || HttpMethod.PUT.equals(method) || HttpMethod.PATCH.equals(method)
                || HttpMethod.DELETE.equals(method)) {
            return WRITE;
        }
        return null;
    }
}
