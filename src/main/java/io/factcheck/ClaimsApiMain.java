package io.factcheck;

import java.nio.file.Path;
import java.time.Duration;

import org.jboss.logging.Logger;

import io.factcheck.common.db.EmbeddedPostgresServer;
import io.quarkus.runtime.Application;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the service. Without an external database URL it first starts the embedded PostgreSQL in a durable data
 * directory and points the datasource at it, so one command runs the whole service on a machine with only a JDK.
 */
@QuarkusMain
public class ClaimsApiMain {

    private static final Logger LOG = Logger.getLogger(ClaimsApiMain.class);
    /** Longer than quarkus.shutdown.timeout: only a Quarkus that never started or hangs in stop is not waited for. */
    private static final Duration QUARKUS_STOP_WAIT = Duration.ofSeconds(60);

    public static void main(String... args) {
        if (externalDatabaseConfigured()) {
            LOG.info("Using the external PostgreSQL from QUARKUS_DATASOURCE_REACTIVE_URL; no embedded server");
        } else {
            Path dataDirectory = Path.of(setting("CLAIMS_DATA_DIR", "claims.data-dir", "data"));
            int port = Integer.parseInt(setting("CLAIMS_DB_PORT", "claims.db-port", "0"));
            EmbeddedPostgresServer server = EmbeddedPostgresServer.startDurable(dataDirectory, port);
            server.datasourceProperties().forEach(System::setProperty);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAfterQuarkus(server), "embedded-postgres-stop"));
        }
        Quarkus.run(args);
    }

    /**
     * Shutdown hooks run in parallel: wait until Quarkus has drained its in-flight requests and closed its connections,
     * then stop the database, so no request that was accepted loses its database halfway.
     */
    private static void stopAfterQuarkus(EmbeddedPostgresServer server) {
        Application application = Application.currentApplication();
        if (application != null) {
            Thread waiter = new Thread(application::awaitShutdown, "await-quarkus-stop");
            waiter.setDaemon(true);
            waiter.start();
            try {
                waiter.join(QUARKUS_STOP_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        server.close();
    }

    private static boolean externalDatabaseConfigured() {
        return !setting("QUARKUS_DATASOURCE_REACTIVE_URL", "quarkus.datasource.reactive.url", "").isBlank();
    }

    private static String setting(String environmentVariable, String systemProperty, String defaultValue) {
        String value = System.getProperty(systemProperty);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentVariable);
        }
        return value == null || value.isBlank() ? defaultValue : value;
    }
}
