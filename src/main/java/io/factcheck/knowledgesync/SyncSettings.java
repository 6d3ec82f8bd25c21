package io.factcheck.knowledgesync;

import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** The sync's settings (application.properties, "Knowledge sync"; src/docs/knowledge-sync.md explains each). */
@ConfigMapping(prefix = "claims.knowledge")
public interface SyncSettings {

    Sync sync();

    Recheck recheck();

    interface Sync {

        /** CLAIMS_KNOWLEDGE_SYNC: off (only POST /knowledge/sync) or daily. */
        @WithDefault("off")
        SyncMode mode();

        /** CLAIMS_KNOWLEDGE_SYNC_AT: the time of day (UTC) of the daily sync. */
        @WithName("daily-at")
        @WithDefault("03:00")
        LocalTime dailyAt();

        /** CLAIMS_WIKIDATA_SPARQL_URL. */
        @WithName("sparql-url")
        @WithDefault("https://query.wikidata.org/sparql")
        URI sparqlUrl();

        /** CLAIMS_WIKIDATA_USER_AGENT: Wikimedia asks for a name and a way to reach the operator. */
        @WithName("user-agent")
        String userAgent();

        /** Offices per query: small enough for the Query Service's 60-second limit and a short URL. */
        @WithName("batch-size")
        @WithDefault("50")
        int batchSize();

        /** How long one query may take, answer included (the Query Service stops its own work at 60 s). */
        @WithDefault("PT70S")
        Duration timeout();

        /** Attempts per query when the endpoint answers 429, 502, 503 or 504. */
        @WithName("max-attempts")
        @WithDefault("5")
        int maxAttempts();

        /** The wait before a retry when the endpoint gives no Retry-After; doubled on each retry. */
        @WithDefault("PT5S")
        Duration backoff();

        /** The longest wait the sync accepts (a longer Retry-After fails the sync). */
        @WithName("max-retry-wait")
        @WithDefault("PT5M")
        Duration maxRetryWait();

        /** A pause between two queries, to be a polite client. */
        @WithDefault("PT1S")
        Duration pause();

        /** How long the lease on syncing lasts without renewal (it is renewed while a sync runs). */
        @WithDefault("PT2M")
        Duration lease();
    }

    interface Recheck {

        /** CLAIMS_KNOWLEDGE_RECHECK_RATE: articles re-checked per second after a knowledge change. */
        @WithDefault("2")
        double rate();
    }

    enum SyncMode {
        OFF, DAILY
    }
}
