package io.factcheck.claim;

/** Verdicts ordered best to worst (DESIGN.md section 2); {@link #UNVERIFIED} carries no rating. */
public enum Verdict {
    ACCURATE(5, "Accurate"),
    MOSTLY_ACCURATE(4, "Mostly accurate"),
    OUTDATED(3, "Outdated"),
    MISLEADING(2, "Misleading"),
    INACCURATE(1, "Inaccurate"),
    UNVERIFIED(null, "Unverified");

    private final Integer ratingValue;
    private final String alternateName;

    Verdict(Integer ratingValue, String alternateName) {
        this.ratingValue = ratingValue;
        this.alternateName = alternateName;
    }

    /** schema.org ClaimReview ratingValue (bestRating 5, worstRating 1), or null for UNVERIFIED. */
    public Integer ratingValue() {
        return ratingValue;
    }

    public String alternateName() {
        return alternateName;
    }
}
