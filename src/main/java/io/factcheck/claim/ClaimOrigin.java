package io.factcheck.claim;

/** Who found the claim: an editor, or the automatic checker. */
public enum ClaimOrigin {
    EDITOR, CHECKER
}
