package io.factcheck.claimevent;

import java.util.UUID;

/**
 * One row of the event log with the claim's state resolved: what every subscriber of an instance receives;
 * {@code visibleToAll} says whether anonymous subscribers may receive it (see ClaimEventLog).
 */
public record ClaimEvent(long id, ClaimEventType type, ClaimEventData data, boolean visibleToAll) {

    public UUID articleId() {
        return data.articleId();
    }
}
