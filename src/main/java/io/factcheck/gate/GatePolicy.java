package io.factcheck.gate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.factcheck.claim.ClaimStatus;
import io.factcheck.claim.Verdict;
import io.factcheck.common.QueryParams;
import io.factcheck.common.problem.InvalidParameterException;

/**
 * When an article fails the gate: a claim fails when its verdict is in {@code failOn} and its confidence is at least
 * {@code minConfidence}, or, with {@code pending=fail}, when nobody has reviewed it. ORPHANED claims never fail it.
 */
public record GatePolicy(Set<Verdict> failOn, double minConfidence, PendingRule pending) {

    public static final Set<String> PARAMETERS = Set.of("failOn", "minConfidence", "pending");

    /** Parses the query; every mistake is a 400, so a typo in a CI script never loosens the gate silently. */
    public static GatePolicy parse(Set<String> given, List<String> failOn, String minConfidence, String pending) {
        for (String name : given) {
            if (!PARAMETERS.contains(name)) {
                throw new InvalidParameterException(name, "is not a parameter of the gate; it takes failOn, "
                        + "minConfidence and pending");
            }
        }
        Set<Verdict> verdicts = EnumSet.of(Verdict.INACCURATE);
        if (given.contains("failOn")) {
            List<Verdict> parsed = QueryParams.enums("failOn", failOn, Verdict.class);
            if (parsed.isEmpty()) {
                throw new InvalidParameterException("failOn",
                        "must name at least one verdict (leave it out for the default, INACCURATE)");
            }
            verdicts = EnumSet.copyOf(parsed);
        }
        Double threshold = QueryParams.unitInterval("minConfidence", minConfidence);
        PendingRule rule = PendingRule.PASS;
        if (pending != null) {
            try {
                rule = PendingRule.valueOf(pending.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidParameterException("pending", "must be pass or fail");
            }
        }
        return new GatePolicy(verdicts, threshold == null ? 0 : threshold, rule);
    }

    /** Judges the article's claims (in text order). */
    public GateReport judge(UUID articleId, List<GateClaim> claims) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            counts.put(verdict, 0);
        }
        int judged = 0;
        int pendingClaims = 0;
        int orphaned = 0;
        List<GateReport.FailingClaim> failing = new ArrayList<>();
        for (GateClaim claim : claims) {
            if (claim.status() == ClaimStatus.ORPHANED) {
                orphaned++; // its quote is gone from the article: nothing left to publish or to fix
                continue;
            }
            judged++;
            if (claim.verdict() != null) {
                counts.merge(claim.verdict(), 1, Integer::sum);
            }
            if (claim.status() == ClaimStatus.PENDING) {
                pendingClaims++;
            }
            List<String> reasons = reasons(claim);
            if (!reasons.isEmpty()) {
                failing.add(new GateReport.FailingClaim(claim.id(), claim.verdict(), claim.confidence(),
                        claim.status(), claim.quote(), claim.start(), claim.end(), String.join("; ", reasons)));
            }
        }
        return new GateReport(articleId, failing.isEmpty(), new GateReport.Policy(List.copyOf(failOn), minConfidence,
                pending.name().toLowerCase(Locale.ROOT)), counts, judged, pendingClaims, orphaned, failing);
    }

    /**
     * What {@code String.format("%.2f")} prints (half-up on the shortest decimal form), without a Formatter per
     * failing claim: on a gate with failures, formatting took as long as the rest of the judgement.
     */
    static String twoDecimals(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private List<String> reasons(GateClaim claim) {
        List<String> reasons = new ArrayList<>(2);
        double confidence = claim.confidence() == null ? 0 : claim.confidence();
        if (claim.verdict() != null && failOn.contains(claim.verdict()) && confidence >= minConfidence) {
            reasons.add("verdict " + claim.verdict() + " is in failOn and its confidence " + twoDecimals(confidence)
                    + " is at least minConfidence " + twoDecimals(minConfidence));
        }
        if (pending == PendingRule.FAIL && claim.status() == ClaimStatus.PENDING) {
            reasons.add("not reviewed yet (pending=fail)");
        }
        return reasons;
    }
}
