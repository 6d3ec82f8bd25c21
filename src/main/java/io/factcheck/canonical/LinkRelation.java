package io.factcheck.canonical;

/** How an editor links two claims. */
public enum LinkRelation {
    /** The same statement: both become appearances of one canonical claim and share its verdict. */
    SAME_CLAIM,
    /** About the same thing but not the same statement (another wording's finding, a follow-up): verdicts stay apart. */
    RELATED
}
