package io.factcheck.claimevent;

/** What happened to a claim (or, article.*, to the article its claims are in); {@link #eventName()} is the SSE {@code event:} field and the claim_event.type value. */
public enum ClaimEventType {
    CREATED("claim.created"),
    REVIEWED("claim.reviewed"),
    /** Text, anchor, claimant or person changed (PATCH, or re-anchored by an article revision). */
    CHANGED("claim.changed"),
    ORPHANED("claim.orphaned"),
    DELETED("claim.deleted"),
    /** The matcher stored suggestions for the claim (see GET /claims/{id}/suggestions). */
    MATCHED("claim.matched"),
    /** A reviewed claim's checker evidence changed after a knowledge change: flagged for the desk, left as reviewed. */
    FLAGGED("claim.flagged"),
    /** An article was published (or published again after a retraction): its reviewed claims are now public. */
    ARTICLE_PUBLISHED("article.published"),
    /** A published article was retracted: it and its claims are no longer public. */
    ARTICLE_RETRACTED("article.retracted");

    private final String eventName;

    ClaimEventType(String eventName) {
        this.eventName = eventName;
    }

    public String eventName() {
        return eventName;
    }

    public static ClaimEventType ofEventName(String eventName) {
        for (ClaimEventType type : values()) {
            if (type.eventName.equals(eventName)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown claim event type " + eventName);
    }
}
