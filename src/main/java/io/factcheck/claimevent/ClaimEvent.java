package io.factcheck.claimevent;

import java.util.UUID;

/** One row of the event log with the claim's state resolved: what every subscriber of an instance receives. */
public record ClaimEvent(long id, ClaimEventType type, ClaimEventData data) {

    public UUID articleId() {
        return data.articleId();
    }
}
