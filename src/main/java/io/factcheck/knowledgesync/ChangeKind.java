package io.factcheck.knowledgesync;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What one change does to the knowledge. */
@Schema(name = "KnowledgeChangeKind")
public enum ChangeKind {
    /** A person the knowledge did not know, created with their Wikidata label. */
    PERSON_ADDED,
    /** A person without a Wikidata id, linked to one by their exact name. */
    PERSON_LINKED,
    /** An office the knowledge did not know, created with its Wikidata label. */
    OFFICE_ADDED,
    /** An office without a Wikidata id, linked to one by its name. */
    OFFICE_LINKED,
    /** A term of office the knowledge did not have. */
    TENURE_ADDED,
    /** An open term of office that has ended. */
    TENURE_ENDED,
    /** Other dates (or a finer precision) for a term of office. */
    TENURE_DATES_CHANGED
}
