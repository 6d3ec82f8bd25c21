package io.factcheck.knowledgesync;

/** An answer that is not a SPARQL 1.1 JSON answer to the holder query; the message says what is wrong and where. */
public class SparqlAnswerException extends RuntimeException {

    /** What kind of wrong: a client sending it gets 400 for broken JSON, 422 for the rest. */
    public enum Kind {
        /** Not JSON, or JSON that stops in the middle (a truncated answer). */
        MALFORMED_JSON,
        /** JSON, but not SPARQL 1.1 Query Results JSON of the holder query's variables. */
        NOT_AN_ANSWER,
        /** A date that cannot be: not a calendar date, or written in no form a time value has. */
        IMPOSSIBLE_DATE
    }

    private final Kind kind;

    public SparqlAnswerException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
