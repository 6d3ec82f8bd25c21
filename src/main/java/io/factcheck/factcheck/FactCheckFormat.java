package io.factcheck.factcheck;

/** The shape an external fact-check was imported from. */
public enum FactCheckFormat {
    /** schema.org ClaimReview JSON-LD: one, a list, or a @graph. */
    CLAIM_REVIEW,
    /** A schema.org DataFeed whose dataFeedElement items are ClaimReviews. */
    DATA_FEED,
    /** The JSON answer of Google's Fact Check Tools claims:search. */
    GOOGLE_CLAIM_SEARCH
}
