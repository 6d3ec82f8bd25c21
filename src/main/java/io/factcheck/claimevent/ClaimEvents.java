package io.factcheck.claimevent;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.hibernate.reactive.mutiny.Mutiny;

import io.factcheck.claim.Claim;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/**
 * Records claim events in the caller's transaction. The row's trigger sends a NOTIFY that PostgreSQL delivers only on
 * commit, so every instance hears of a change exactly when it becomes visible, and never of a rolled-back one.
 */
@ApplicationScoped
public class ClaimEvents {

    private final List<ClaimChangeListener> listeners;

    public ClaimEvents(Instance<ClaimChangeListener> listeners) {
        this.listeners = listeners.stream().toList();
    }

    public Uni<Void> record(ClaimEventType type, Claim claim) {
        return record(type, List.of(claim));
    }

    /**
     * One insert for all the claims (e.g. a checker run, or an article's claims before it is deleted); then, in the
     * same transaction, each {@link ClaimChangeListener} hears of it.
     */
    public Uni<Void> record(ClaimEventType type, Collection<Claim> claims) {
        if (claims.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Uni<Void> recorded = insert(type, claims);
        for (ClaimChangeListener listener : listeners) {
            recorded = recorded.chain(() -> listener.recorded(type, List.copyOf(claims)));
        }
        return recorded;
    }

    /**
     * Events for claims changed by SQL rather than through their entities (a shared verdict reaching every appearance),
     * as their rows now are, in the caller's transaction. Listeners are not told: the caller is one of them.
     */
    public Uni<Void> recordRows(ClaimEventType type, Collection<UUID> claimIds) {
        if (claimIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().call(Mutiny.Session::flush).chain(session -> session.createNativeQuery(
                "insert into claim_event (claim_id, article_id, type, verdict, confidence, status, version) "
                        + "select id, article_id, :type, verdict, confidence, status, version from claim "
                        + "where id in (:ids) order by id")
                .setParameter("type", type.eventName())
                .setParameter("ids", List.copyOf(claimIds))
                .executeUpdate()).replaceWithVoid();
    }

    /**
     * An article's own event (published, retracted), as its row now is, in the caller's transaction: no claim, the
     * article's state in status, its version.
     */
    public Uni<Void> recordArticle(ClaimEventType type, UUID articleId) {
        return Panache.getSession().call(Mutiny.Session::flush).chain(session -> session.createNativeQuery(
                "insert into claim_event (claim_id, article_id, type, verdict, confidence, status, version) "
                        + "select null, id, :type, null, null, state, version from article where id = :id")
                .setParameter("type", type.eventName())
                .setParameter("id", articleId)
                .executeUpdate()).replaceWithVoid();
    }

    private Uni<Void> insert(ClaimEventType type, Collection<Claim> claims) {
        StringBuilder sql = new StringBuilder(
                "insert into claim_event (claim_id, article_id, type, verdict, confidence, status, version) values ");
        int i = 0;
        for (Claim ignored : claims) {
            sql.append(i == 0 ? "" : ", ").append("(:claim").append(i).append(", :article").append(i)
                    .append(", :type, cast(:verdict").append(i).append(" as text), cast(:confidence").append(i)
                    .append(" as double precision), :status").append(i).append(", :version").append(i).append(')');
            i++;
        }
        // Flush first: a claim changed in this transaction gets its new version only when Hibernate writes it.
        return Panache.getSession().call(Mutiny.Session::flush).chain(session -> {
            var insert = session.createNativeQuery(sql.toString());
            insert.setParameter("type", type.eventName());
            int n = 0;
            for (Claim claim : claims) {
                insert.setParameter("claim" + n, claim.id);
                insert.setParameter("article" + n, claim.articleId);
                insert.setParameter("verdict" + n, claim.verdict == null ? null : claim.verdict.name());
                insert.setParameter("confidence" + n, claim.confidence);
                insert.setParameter("status" + n, claim.status.name());
                insert.setParameter("version" + n, claim.version);
                n++;
            }
            return insert.executeUpdate();
        }).replaceWithVoid();
    }
}
