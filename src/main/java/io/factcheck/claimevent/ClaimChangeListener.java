package io.factcheck.claimevent;

import java.util.List;

import io.factcheck.claim.Claim;
import io.smallrye.mutiny.Uni;

/**
 * Told of every claim change {@link ClaimEvents} records, inside the transaction that made it, after its event row: how
 * features above the claims (canonical claims, match suggestions) follow them without the services that change claims
 * importing those features. A DELETED change is told while the claims still exist (they are deleted right after).
 */
public interface ClaimChangeListener {

    Uni<Void> recorded(ClaimEventType type, List<Claim> claims);
}
