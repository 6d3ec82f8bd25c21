package io.factcheck.canonical;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import io.factcheck.claim.Claim;
import io.factcheck.claimevent.ClaimChangeListener;
import io.factcheck.claimevent.ClaimEventType;
import io.factcheck.claimevent.ClaimEvents;
import io.factcheck.common.Timestamps;
import io.factcheck.common.Uuids;
import io.factcheck.common.problem.ConflictException;
import io.factcheck.common.problem.ResourceNotFoundException;
import io.factcheck.common.problem.UnprocessableException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Canonical claims: claims an editor linked as SAME_CLAIM are appearances of one canonical claim, and the latest review
 * of any appearance is the verdict and confidence of all of them (kept on each claim row, so that the gate, search and
 * the live stream read each appearance as before, with the shared verdict; verdict_review_id and verdict_claim_id say
 * which review it is). The rules (src/docs/matching.md):
 * <ul>
 * <li>linking puts the claim (and its own canonical claim's appearances) into the target's canonical claim, and the
 * latest review of all of them becomes every appearance's verdict;</li>
 * <li>a review of any appearance reaches every appearance (this listener, in the review's transaction);</li>
 * <li>unlinking gives the claim back its own history: its own latest review, else the checker's verdict, else none;
 * the canonical claim's verdict is recomputed without it, and a canonical claim left with one appearance ends;</li>
 * <li>deleting an appearance (or its article) moves the reviews written on it to the canonical claim's first remaining
 * appearance, so the desk's verdict survives the article that held it.</li>
 * </ul>
 */
@ApplicationScoped
public class CanonicalClaims implements ClaimChangeListener {

    private static final Logger LOG = Logger.getLogger(CanonicalClaims.class);

    /** Appearances, earliest first: by article date (undated last), then when the claim was made. */
    static final String EARLIEST_FIRST = " order by a.published_at nulls last, c.created_at, c.id";

    /** The review every appearance shows: the latest of all appearances'. */
    private static final String LATEST_REVIEW = "select r.id, r.claim_id from review r join claim m on m.id = r.claim_id "
            + "where m.canonical_claim_id = :canonical order by r.created_at desc, r.id desc limit 1";

    private final ClaimEvents events;

    public CanonicalClaims(ClaimEvents events) {
        this.events = events;
    }

    private record Row(UUID id, UUID canonical, UUID article) {
    }

    /** Links claimId to targetId; true when something changed (false: they were linked so already). */
    @WithTransaction
    public Uni<Boolean> link(UUID claimId, UUID targetId, LinkRelation relation, String by) {
        if (claimId.equals(targetId)) {
            return Uni.createFrom().failure(new UnprocessableException("targetId", "is the claim itself"));
        }
        return lock(claimId, targetId).chain(rows -> {
            Row claim = rows.get(claimId);
            Row target = rows.get(targetId);
            if (claim == null) {
                return Uni.createFrom().failure(new ResourceNotFoundException("claim", claimId));
            }
            if (target == null) {
                return Uni.createFrom().failure(new UnprocessableException("targetId", "no claim with this id"));
            }
            boolean same = claim.canonical() != null && claim.canonical().equals(target.canonical());
            Uni<Boolean> linked = relation == LinkRelation.RELATED ? relate(claim, target, same, by)
                    : same ? Uni.createFrom().item(false) : merge(claim, target);
            return linked.call(changed -> confirmSuggestions(claimId, targetId, by));
        });
    }

    private Uni<Boolean> relate(Row claim, Row target, boolean same, String by) {
        if (same) {
            return Uni.createFrom().failure(new ConflictException("The claims are already appearances of one canonical "
                    + "claim (SAME_CLAIM); unlink them first to relate them instead"));
        }
        return update("insert into claim_link (claim_id, target_id, relation, linked_by, created_at) select :a, :b, "
                + "'RELATED', :by, :now where not exists (select 1 from claim_link where (claim_id = :a and target_id = :b)"
                + " or (claim_id = :b and target_id = :a))",
                Map.of("a", claim.id(), "b", target.id(), "by", by, "now", Timestamps.now())).map(n -> n > 0);
    }

    /** The claim (with the rest of its canonical claim, if any) joins the target's canonical claim. */
    private Uni<Boolean> merge(Row claim, Row target) {
        Instant now = Timestamps.now();
        Uni<UUID> canonical;
        if (target.canonical() != null) {
            canonical = Uni.createFrom().item(target.canonical());
        } else if (claim.canonical() != null) {
            canonical = Uni.createFrom().item(claim.canonical());
        } else {
            UUID created = Uuids.v7();
            canonical = update("insert into canonical_claim (id, created_at, updated_at) values (:id, :now, :now)",
                    Map.of("id", created, "now", now)).replaceWith(created);
        }
        return canonical.chain(id -> {
            Set<UUID> joining = new LinkedHashSet<>();
            Uni<Void> members = Uni.createFrom().voidItem();
            if (claim.canonical() != null && !claim.canonical().equals(id)) {
                members = ids("select id from claim where canonical_claim_id = :c", Map.of("c", claim.canonical()))
                        .invoke(joining::addAll).replaceWithVoid();
            }
            return members.chain(() -> {
                if (!id.equals(claim.canonical())) {
                    joining.add(claim.id());
                }
                if (!id.equals(target.canonical())) {
                    joining.add(target.id());
                }
                return update("update claim set canonical_claim_id = :c, version = version + 1, updated_at = :now "
                        + "where id in (:ids)", Map.of("c", id, "now", now, "ids", List.copyOf(joining)));
            }).chain(() -> update("update canonical_claim set updated_at = :now where id = :c",
                    Map.of("now", now, "c", id)))
                    .chain(() -> update("delete from claim_link where (claim_id = :a and target_id = :b) or "
                            + "(claim_id = :b and target_id = :a)", Map.of("a", claim.id(), "b", target.id())))
                    .chain(() -> share(id, null, now))
                    .chain(reviewed -> recordChanges(reviewed, joining))
                    .chain(this::dropEmptyCanonicalClaims)
                    .invoke(() -> LOG.infof("Claim %s linked to %s as the same claim: canonical claim %s (%d joined)",
                            claim.id(), target.id(), id, joining.size()))
                    .replaceWith(true);
        });
    }

    /** Removes the link between two claims; for SAME_CLAIM the claim leaves its canonical claim. */
    @WithTransaction
    public Uni<Void> unlink(UUID claimId, UUID targetId) {
        return lock(claimId, targetId).chain(rows -> {
            Row claim = rows.get(claimId);
            Row target = rows.get(targetId);
            if (claim == null) {
                return Uni.createFrom().failure(new ResourceNotFoundException("claim", claimId));
            }
            if (target != null && claim.canonical() != null && claim.canonical().equals(target.canonical())) {
                return leave(claim);
            }
            return update("delete from claim_link where (claim_id = :a and target_id = :b) or (claim_id = :b and "
                    + "target_id = :a)", Map.of("a", claimId, "b", targetId)).invoke(n -> {
                        if (n == 0) {
                            throw new ResourceNotFoundException("link to claim", targetId);
                        }
                    }).replaceWithVoid();
        });
    }

    /** The claim takes back its own history; reviews moved onto it from deleted appearances stay with the others. */
    private Uni<Void> leave(Row claim) {
        Instant now = Timestamps.now();
        UUID canonical = claim.canonical();
        return remaining(canonical, List.of(claim.id())).chain(others -> update(
                "update review set claim_id = :home where claim_id = :leaver and moved_from is not null",
                Map.of("home", others.get(0), "leaver", claim.id()))
                .chain(() -> restoreOwn(List.of(claim.id()), now))
                .chain(() -> others.size() == 1 ? restoreOwn(others, now) : share(canonical, null, now))
                .chain(reviewed -> {
                    Set<UUID> changed = new LinkedHashSet<>(reviewed);
                    changed.add(claim.id());
                    if (others.size() == 1) {
                        changed.addAll(others);
                    }
                    return recordChanges(changed, Set.of());
                })
                .chain(this::dropEmptyCanonicalClaims)
                .invoke(() -> LOG.infof("Claim %s left canonical claim %s", claim.id(), canonical)));
    }

    /** Reviews reach every appearance; deleted appearances hand their reviews to the first remaining one. */
    @Override
    public Uni<Void> recorded(ClaimEventType type, List<Claim> claims) {
        if (type == ClaimEventType.REVIEWED) {
            return Multi.createFrom().iterable(claims.stream().filter(c -> c.canonicalClaimId != null).toList())
                    .onItem().transformToUniAndConcatenate(c -> share(c.canonicalClaimId, c.id, Timestamps.now())
                            .chain(changed -> events.recordRows(ClaimEventType.REVIEWED, changed)))
                    .collect().last().replaceWithVoid();
        }
        if (type == ClaimEventType.DELETED) {
            Map<UUID, List<UUID>> doomed = new LinkedHashMap<>();
            for (Claim c : claims) {
                if (c.canonicalClaimId != null) {
                    doomed.computeIfAbsent(c.canonicalClaimId, k -> new ArrayList<>()).add(c.id);
                }
            }
            List<UUID> allDoomed = claims.stream().map(c -> c.id).toList();
            return Multi.createFrom().iterable(doomed.entrySet())
                    .onItem().transformToUniAndConcatenate(e -> appearancesDeleted(e.getKey(), e.getValue(), allDoomed))
                    .collect().last().replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> appearancesDeleted(UUID canonical, List<UUID> gone, List<UUID> allDoomed) {
        Instant now = Timestamps.now();
        return remaining(canonical, allDoomed).chain(others -> {
            if (others.isEmpty()) {
                return Uni.createFrom().voidItem(); // the canonical claim goes with its last appearance (cleaned later)
            }
            return update("update review set moved_from = coalesce(moved_from, claim_id), claim_id = :home "
                    + "where claim_id in (:gone)", Map.of("home", others.get(0), "gone", gone))
                    .invoke(moved -> {
                        if (moved > 0) {
                            LOG.infof("%d review(s) of deleted appearances of canonical claim %s moved to claim %s",
                                    moved, canonical, others.get(0));
                        }
                    })
                    .chain(() -> others.size() == 1 ? restoreOwn(others, now).replaceWith(Set.copyOf(others))
                            : share(canonical, null, now, allDoomed))
                    .chain(changed -> events.recordRows(ClaimEventType.REVIEWED, changed));
        });
    }

    /** The appearances that stay, earliest first. */
    private Uni<List<UUID>> remaining(UUID canonical, List<UUID> leaving) {
        return ids("select c.id from claim c join article a on a.id = c.article_id where c.canonical_claim_id = :c "
                + "and c.id not in (:leaving)" + EARLIEST_FIRST, Map.of("c", canonical, "leaving", leaving));
    }

    private Uni<Set<UUID>> share(UUID canonical, UUID reviewed, Instant now) {
        return share(canonical, reviewed, now, List.of());
    }

    /**
     * Makes the latest review of any appearance every appearance's verdict. The claim just reviewed (its row already
     * carries the verdict and its new version) only learns which review it is. The ids whose verdict changed.
     */
    private Uni<Set<UUID>> share(UUID canonical, UUID reviewed, Instant now, List<UUID> excluded) {
        List<UUID> skip = excluded.isEmpty() ? List.of(new UUID(0, 0)) : excluded;
        String latest = "select r.id, r.claim_id, r.verdict, r.confidence, r.created_at from review r join claim m "
                + "on m.id = r.claim_id where m.canonical_claim_id = :canonical and m.id not in (:skip) "
                + "order by r.created_at desc, r.id desc limit 1";
        String members = "c.canonical_claim_id = :canonical and c.id not in (:skip)";
        Uni<Integer> self = reviewed == null ? Uni.createFrom().item(0)
                : update("update claim c set verdict_review_id = l.id, verdict_claim_id = l.claim_id from (" + latest
                        + ") l where c.id = :reviewed", Map.of("canonical", canonical, "skip", skip, "reviewed", reviewed));
        UUID except = reviewed == null ? new UUID(0, 0) : reviewed;
        return self.chain(() -> ids("select c.id from claim c, (" + latest + ") l where " + members
                + " and c.id <> :except and (c.verdict_review_id is distinct from l.id or c.verdict_claim_id is distinct "
                + "from l.claim_id or c.verdict is distinct from l.verdict or c.confidence is distinct from l.confidence"
                + " or c.reviewed_at is distinct from l.created_at)",
                Map.of("canonical", canonical, "skip", skip, "except", except)))
                .chain(changing -> changing.isEmpty() ? Uni.createFrom().item(Set.<UUID>of())
                        : update("update claim c set verdict = l.verdict, confidence = l.confidence, "
                                + "reviewed_at = l.created_at, status = case when c.status = 'ORPHANED' then 'ORPHANED' "
                                + "else 'REVIEWED' end, verdict_review_id = l.id, verdict_claim_id = l.claim_id, "
                                + "version = c.version + 1, updated_at = :now from (" + latest + ") l where c.id in (:ids)",
                                Map.of("canonical", canonical, "skip", skip, "now", now, "ids", changing))
                                .replaceWith(Set.copyOf(changing)));
    }

    /**
     * Each claim's own history back: its own latest review, else (a checker claim) the checker's verdict, else none;
     * no longer an appearance.
     */
    private Uni<Set<UUID>> restoreOwn(List<UUID> ids, Instant now) {
        return update("update claim c set verdict = case when r.id is not null then r.verdict when c.origin = 'CHECKER' "
                + "then c.annotation->>'verdict' end, confidence = case when r.id is not null then r.confidence "
                + "when c.origin = 'CHECKER' then (c.annotation->>'confidence')::double precision end, "
                + "reviewed_at = r.created_at, status = case when c.status = 'ORPHANED' then 'ORPHANED' "
                + "when r.id is not null then 'REVIEWED' else 'PENDING' end, canonical_claim_id = null, "
                + "verdict_review_id = null, verdict_claim_id = null, version = c.version + 1, updated_at = :now "
                + "from claim c0 left join lateral (select id, verdict, confidence, created_at from review "
                + "where claim_id = c0.id order by created_at desc, id desc limit 1) r on true "
                + "where c.id = c0.id and c.id in (:ids)", Map.of("now", now, "ids", ids))
                .replaceWith(Set.copyOf(ids));
    }

    private Uni<Void> recordChanges(Set<UUID> reviewed, Set<UUID> joined) {
        Set<UUID> changedOnly = new LinkedHashSet<>(joined);
        changedOnly.removeAll(reviewed);
        return events.recordRows(ClaimEventType.REVIEWED, reviewed)
                .chain(() -> events.recordRows(ClaimEventType.CHANGED, changedOnly));
    }

    private Uni<Void> confirmSuggestions(UUID a, UUID b, String by) {
        return update("update claim_suggestion set status = 'CONFIRMED', decided_by = :by, decided_at = :now "
                + "where (claim_id = :a and target_claim_id = :b) or (claim_id = :b and target_claim_id = :a)",
                Map.of("a", a, "b", b, "by", by, "now", Timestamps.now())).replaceWithVoid();
    }

    /** Canonical claims whose last appearance is gone. */
    private Uni<Void> dropEmptyCanonicalClaims() {
        return update("delete from canonical_claim k where not exists (select 1 from claim c where "
                + "c.canonical_claim_id = k.id)", Map.of()).replaceWithVoid();
    }

    private Uni<Map<UUID, Row>> lock(UUID a, UUID b) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "select id, canonical_claim_id, article_id from claim where id in (:ids) order by id for update",
                Object[].class).setParameter("ids", List.of(a, b)).getResultList())
                .map(rows -> {
                    Map<UUID, Row> byId = new LinkedHashMap<>();
                    for (Object[] row : rows) {
                        Row r = new Row((UUID) row[0], (UUID) row[1], (UUID) row[2]);
                        byId.put(r.id(), r);
                    }
                    return byId;
                });
    }

    private static Uni<List<UUID>> ids(String sql, Map<String, Object> params) {
        return Panache.getSession().chain(session -> {
            Mutiny.SelectionQuery<UUID> query = session.createNativeQuery(sql, UUID.class);
            params.forEach(query::setParameter);
            return query.getResultList();
        });
    }

    private static Uni<Integer> update(String sql, Map<String, Object> params) {
        return Panache.getSession().call(Mutiny.Session::flush).chain(session -> {
            Mutiny.MutationQuery query = session.createNativeQuery(sql);
            params.forEach(query::setParameter);
            return query.executeUpdate();
        });
    }

    static <T> List<T> list(Collection<T> items) {
        return List.copyOf(items);
    }
}
