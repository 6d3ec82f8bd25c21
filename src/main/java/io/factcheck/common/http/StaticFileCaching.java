package io.factcheck.common.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The page's static files (index.html, app.js, app.css) keep their names across releases, so they must not be cached
 * as {@code immutable} for a day (Quarkus' default): browsers revalidate them each time (a 304 via Last-Modified).
 */
@ApplicationScoped
public class StaticFileCaching {

    static final String REVALIDATE = "no-cache";

    void install(@Observes Router router) {
        router.routeWithRegex("^/(?!api/|q/).*").handler(ctx -> {
            ctx.addHeadersEndHandler(ignored -> {
                String cacheControl = ctx.response().headers().get(HttpHeaders.CACHE_CONTROL);
                if (cacheControl != null && cacheControl.contains("immutable")) {
                    ctx.response().headers().set(HttpHeaders.CACHE_CONTROL, REVALIDATE);
                }
            });
            ctx.next();
        });
    }
}
