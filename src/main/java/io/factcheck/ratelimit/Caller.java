package io.factcheck.ratelimit;

import io.vertx.ext.web.RoutingContext;

/**
 * Who a request's budget belongs to: an API key (by a digest of its secret, with the key's role), or, for a request
 * without a valid key, the client's address (role {@code anonymous}). {@link RateLimitFilter} puts it on every API
 * request's routing context; other bounds per caller (event streams) read it from there.
 */
public record Caller(String id, String role) {

    public static final String ANONYMOUS = "anonymous";
    static final String CONTEXT_KEY = Caller.class.getName();

    public static Caller anonymous(String address) {
        return new Caller("address:" + address, ANONYMOUS);
    }

    public static Caller key(String digest, String role) {
        return new Caller("key:" + digest, role);
    }

    public boolean isAnonymous() {
        return ANONYMOUS.equals(role);
    }

    /** The caller of this request: as the filter resolved it, else the connection's peer address. */
    public static Caller of(RoutingContext context) {
        Caller caller = context.get(CONTEXT_KEY);
        if (caller != null) {
            return caller;
        }
        var remote = context.request().remoteAddress();
        return anonymous(remote == null ? "unknown" : String.valueOf(remote.hostAddress()));
    }
}
