package io.factcheck.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The checker's confidence in one verdict: starts high for a direct "Demonym Title Name" mention and is multiplied
 * down by each thing that makes the reading less certain, each with a reason the message repeats.
 */
final class ConfidenceModel {

    static final double DIRECT = 0.97;
    static final double NO_JURISDICTION = 0.92;
    static final double APPOSITIVE = 0.92;
    static final double COMMA_NAME = 0.97;
    static final double NAME_GAP = 0.95;
    static final double QUOTED_TITLE = 0.95;
    static final double OFFICE_ONLY = 0.82;
    static final double OFFICE_ONLY_NO_JURISDICTION = 0.85;
    static final double EARLIER_NAMED = 0.95;
    static final double HOLDER_AT_TIME = 0.95;
    static final double CONTEXT_TIME = 0.85;
    static final double NO_EVENT_TIME = 0.75;
    static final double SHARED_NAME = 0.8;
    static final double COMPETING = 0.8;
    /** The time judged lies after the office's known-until date: the verdict holds as of that date only. */
    static final double BEYOND_KNOWLEDGE = 0.75;

    private double value = DIRECT;
    private final List<String> reasons = new ArrayList<>(3);

    ConfidenceModel lower(double factor, String reason) {
        if (factor < 1.0) {
            value *= Math.max(0.0, factor);
            if (reason != null && !reasons.contains(reason)) {
                reasons.add(reason);
            }
        }
        return this;
    }

    double value() {
        double clamped = Math.max(0.05, Math.min(0.99, value));
        return Math.round(clamped * 100.0) / 100.0;
    }

    String explanation() {
        return reasons.isEmpty() ? "" : "Confidence lowered: " + String.join("; ", reasons) + ".";
    }
}
