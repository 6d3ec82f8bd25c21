package io.factcheck.knowledgesync;

/** Why a sync stopped without changing anything: the run's report says it in these words. */
public class SyncFailure extends RuntimeException {

    public SyncFailure(String message) {
        super(message);
    }

    public SyncFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
