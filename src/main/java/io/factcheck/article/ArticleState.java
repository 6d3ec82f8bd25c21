package io.factcheck.article;

/**
 * Where an article is in its publication: a DRAFT is the desk's alone; PUBLISHED is public (with its reviewed claims);
 * RETRACTED was public and is withdrawn. publish: DRAFT or RETRACTED to PUBLISHED; retract: PUBLISHED to RETRACTED.
 */
public enum ArticleState {
    DRAFT, PUBLISHED, RETRACTED
}
