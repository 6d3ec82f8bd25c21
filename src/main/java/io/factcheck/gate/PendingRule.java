package io.factcheck.gate;

/** What the gate does with claims nobody has reviewed yet (status PENDING). */
public enum PendingRule {
    /** Pending is no reason to fail: the claim is judged by its current (checker's) verdict like any other. */
    PASS,
    /** Every pending claim fails the gate, whatever its verdict. */
    FAIL
}
