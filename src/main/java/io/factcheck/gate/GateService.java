package io.factcheck.gate;

import java.util.UUID;

import io.factcheck.common.http.EntityTag;
import io.factcheck.common.http.Tagged;
import io.factcheck.common.problem.ResourceNotFoundException;
import io.factcheck.common.security.Audience;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class GateService {

    private final GateRepository claims;

    public GateService(GateRepository claims) {
        this.claims = claims;
    }

    /** The ETag covers the claims' ids and versions: the policy is in the URL, so a CI poll revalidates for a 304. */
    public Uni<Tagged<GateReport>> evaluate(UUID articleId, GatePolicy policy, Audience audience) {
        return claims.claimsOf(articleId, audience)
                .map(found -> found.orElseThrow(() -> new ResourceNotFoundException("article", articleId)))
                .map(rows -> new Tagged<>(policy.judge(articleId, rows), EntityTag.digest("gate", articleId,
                        rows.stream().map(row -> EntityTag.of(row.id(), row.version())).toList())));
    }
}
