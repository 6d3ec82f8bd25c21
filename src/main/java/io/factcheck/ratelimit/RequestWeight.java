package io.factcheck.ratelimit;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What a check weighs, in units of claims.check.weight-unit (16 KiB) of request body, rounded up, at least 1: the
 * text is the body, and the checker's time and memory grow with its length. Weighed from {@code Content-Length}
 * before the body is read, so a request that is refused costs nothing; a body without a declared length (chunked)
 * weighs as much as the largest body allowed. The rate limit and the checker's queue count the same units.
 */
@ApplicationScoped
public class RequestWeight {

    private final long unitBytes;
    private final long maxWeight;

    @Inject
    public RequestWeight(@ConfigProperty(name = "claims.check.weight-unit") MemorySize unit,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody) {
        this(unit.asLongValue(), maxBody.asLongValue());
    }

    public RequestWeight(long unitBytes, long maxBodyBytes) {
        if (unitBytes < 1) {
            throw new IllegalArgumentException("claims.check.weight-unit must be positive");
        }
        this.unitBytes = unitBytes;
        this.maxWeight = Math.max(1, ceilDiv(maxBodyBytes, unitBytes));
    }

    public long unitBytes() {
        return unitBytes;
    }

    /** The weight of the largest body the service accepts. */
    public long maxWeight() {
        return maxWeight;
    }

    public long of(HttpServerRequest request) {
        return ofContentLength(request.getHeader(HttpHeaders.CONTENT_LENGTH));
    }

    public long ofContentLength(String contentLength) {
        if (contentLength == null) {
            return maxWeight;
        }
        try {
            return ofBytes(Long.parseLong(contentLength.trim()));
        } catch (NumberFormatException e) {
            return maxWeight;
        }
    }

    public long ofBytes(long bytes) {
        if (bytes < 0) {
            return maxWeight;
        }
        return Math.min(maxWeight, Math.max(1, ceilDiv(bytes, unitBytes)));
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
