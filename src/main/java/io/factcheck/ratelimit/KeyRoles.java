package io.factcheck.ratelimit;

import io.smallrye.mutiny.Uni;

/**
 * Looks up the role of an API key by its secret, for the key's budgets; the API key feature provides it. The rate
 * limiter caches answers briefly ({@link KeyRoleCache}), so this is asked about a key about once per TTL. Answers null
 * for an unknown or revoked key (the request is then budgeted as anonymous, by address). Authorization is not decided
 * here: an authenticated operation still checks its key on every request.
 */
public interface KeyRoles {

    Uni<String> roleOf(String secret);
}
