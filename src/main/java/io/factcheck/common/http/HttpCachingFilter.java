package io.factcheck.common.http;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * HTTP caching for every API response, in one place. Successful reads are public but must be revalidated each time
 * (cheap with ETags: a poll answers 304 without a body); writes and errors are never stored.
 */
public class HttpCachingFilter {

    static final String PUBLIC_REVALIDATE = "public, max-age=0, must-revalidate";
    static final String PRIVATE_REVALIDATE = "private, max-age=0, must-revalidate";
    static final String NO_STORE = "no-store";

    @ServerResponseFilter
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        if (read && response.getStatus() == 200 && notModified(request, response)) {
            response.setStatus(304);
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            boolean cacheable = read && (response.getStatus() == 200 || response.getStatus() == 304);
            // A read with a key may show drafts: no shared cache may keep it for others.
            String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
            boolean keyed = authorization != null && !authorization.isBlank();
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL,
                    !cacheable ? NO_STORE : keyed ? PRIVATE_REVALIDATE : PUBLIC_REVALIDATE);
        }
    }

    /** If-None-Match uses weak comparison (RFC 9110 section 13.1.2); a malformed header is ignored: the full answer is safe. */
    private static boolean notModified(ContainerRequestContext request, ContainerResponseContext response) {
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        Object etag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        if (ifNoneMatch == null || etag == null) {
            return false;
        }
        if (ifNoneMatch.trim().equals("*")) {
            return true;
        }
        try {
            EntityTag current = EntityTag.parseList(etag.toString()).get(0);
            return EntityTag.parseList(ifNoneMatch).stream().anyMatch(current::weaklyMatches);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
