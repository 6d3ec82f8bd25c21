package io.factcheck.common.http;

import java.net.URI;

import org.jboss.resteasy.reactive.RestResponse;

import jakarta.ws.rs.core.HttpHeaders;

/** A representation with its entity tag; {@link HttpCachingFilter} turns a matching If-None-Match into a 304. */
public record Tagged<T>(T body, EntityTag tag) {

    public static <T extends Versioned> Tagged<T> of(T row) {
        return new Tagged<>(row, EntityTag.of(row));
    }

    public RestResponse<T> ok() {
        return RestResponse.ResponseBuilder.ok(body).header(HttpHeaders.ETAG, tag.toString()).build();
    }

    /** For representations chosen by content negotiation: shared caches must key them by Accept too. */
    public RestResponse<T> okVaryingByAccept() {
        return RestResponse.ResponseBuilder.ok(body).header(HttpHeaders.ETAG, tag.toString())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    public RestResponse<T> created(URI location) {
        return RestResponse.ResponseBuilder.<T>created(location).entity(body)
                .header(HttpHeaders.ETAG, tag.toString()).build();
    }
}
