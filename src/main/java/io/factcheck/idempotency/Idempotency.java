package io.factcheck.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.factcheck.common.problem.ConflictException;
import io.factcheck.common.problem.InvalidParameterException;
import io.factcheck.common.problem.UnprocessableException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * {@code Idempotency-Key} on creating POSTs. The first request with a key claims it (a row keyed by principal and key)
 * in the creating transaction and stores its response there; a retry with the same key and body gets that response
 * again and creates nothing; the same key with another body or path is a 422. A concurrent duplicate waits on the
 * row's unique key until the first commits, then answers the stored response. Keys expire after 24 hours (deleted
 * lazily by later keyed requests).
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String DESCRIPTION = "Optional, at most 200 characters: a retry with the same key and body "
            + "returns the first response (same status, Location and body) and creates nothing; the same key with "
            + "another body is a 422. Keys are kept 24 hours.";
    static final int MAX_KEY_LENGTH = 200;

    private final ObjectMapper json;

    public Idempotency(ObjectMapper json) {
        this.json = json;
    }

    /** A keyed creation: who asks, with which key, for what. */
    public record Request(String principal, String key, String operation, String requestHash) {
    }

    /** The request's identity; {@code null} when it carries no key (then {@link #create} just creates). */
    public Request request(String key, SecurityContext security, String method, String path, Object body) {
        if (key == null) {
            return null;
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new InvalidParameterException(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String principal = security.getUserPrincipal() == null ? "anonymous" : security.getUserPrincipal().getName();
        return new Request(principal, key, method + " " + path, sha256(body));
    }

    /**
     * Runs {@code create} and answers {@code respond(created)}; with a key, in one transaction with the key's record,
     * or answers the response stored for it.
     */
    @WithTransaction
    public <R, T> Uni<RestResponse<T>> create(Request request, Supplier<Uni<R>> create,
            Function<R, RestResponse<T>> respond) {
        if (request == null) {
            return create.get().map(respond);
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "delete from idempotency_key where principal = :principal and key = :key "
                        + "and created_at < now() - interval '24 hours'")
                .setParameter("principal", request.principal()).setParameter("key", request.key()).executeUpdate()
                .chain(() -> session.createNativeQuery("delete from idempotency_key where ctid in (select ctid from "
                        + "idempotency_key where created_at < now() - interval '24 hours' limit 100 for update skip locked)")
                        .executeUpdate())
                // Waits for a concurrent holder of the key to finish; inserts nothing if it committed.
                .chain(() -> session.createNativeQuery("insert into idempotency_key (principal, key, operation, "
                        + "request_hash) values (:principal, :key, :operation, :hash) on conflict do nothing")
                        .setParameter("principal", request.principal()).setParameter("key", request.key())
                        .setParameter("operation", request.operation()).setParameter("hash", request.requestHash())
                        .executeUpdate())
                .chain(inserted -> inserted == 1
                        ? create.get().call(session::flush).map(respond)
                                .call(response -> store(request, response))
                        : replay(request)));
    }

    private <T> Uni<Void> store(Request request, RestResponse<T> response) {
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        String body;
        try {
            body = json.writeValueAsString(response.getEntity());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the response of " + request.operation(), e);
        }
        return Panache.getSession().chain(session -> session.createNativeQuery("update idempotency_key set status = "
                + ":status, location = :location, response_body = :body where principal = :principal and key = :key")
                .setParameter("status", response.getStatus())
                .setParameter("location", location == null ? null : location.toString())
                .setParameter("body", body)
                .setParameter("principal", request.principal()).setParameter("key", request.key())
                .executeUpdate()).replaceWithVoid();
    }

    @SuppressWarnings("unchecked")
    private <T> Uni<RestResponse<T>> replay(Request request) {
        return Panache.getSession().chain(session -> session.<Object[]> createNativeQuery("select operation, "
                + "request_hash, status, location, response_body from idempotency_key where principal = :principal "
                + "and key = :key", Object[].class)
                .setParameter("principal", request.principal()).setParameter("key", request.key())
                .getResultList())
                .map((List<Object[]> rows) -> {
                    if (rows.isEmpty() || rows.get(0)[2] == null) {
                        throw new ConflictException("a request with this Idempotency-Key is in progress; retry");
                    }
                    Object[] row = rows.get(0);
                    if (!request.operation().equals(row[0]) || !request.requestHash().equals(row[1])) {
                        throw new UnprocessableException(HEADER,
                                "this key was used for a different request (another body or path)");
                    }
                    RestResponse.ResponseBuilder<Object> replayed = RestResponse.ResponseBuilder
                            .create(((Number) row[2]).intValue()).type(MediaType.APPLICATION_JSON_TYPE)
                            .header(HEADER + "-Replayed", "true");
                    if (row[3] != null) {
                        replayed.location(URI.create((String) row[3]));
                    }
                    // The stored JSON, written as is (a String entity is not serialised again).
                    return (RestResponse<T>) (RestResponse<?>) replayed.entity(row[4]).build();
                });
    }

    private String sha256(Object body) {
        try {
            byte[] canonical = json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash the request body", e);
        }
    }
}
