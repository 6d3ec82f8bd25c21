package io.factcheck;

import java.nio.file.Path;

import org.jboss.logging.Logger;

import io.factcheck.common.db.EmbeddedPostgresServer;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the service. Without an external database URL it first starts the embedded PostgreSQL in a durable data
 * directory and points the datasource at it, so one command runs the whole service on a machine with only a JDK.
 */
@QuarkusMain
public class ClaimsApiMain {

    private static final Logger LOG = Logger.getLogger(ClaimsApiMain.class);

    public static void main(String... args) {
        if (externalDatabaseConfigured()) {
            LOG.info("Using the external PostgreSQL from QUARKUS_DATASOURCE_REACTIVE_URL; no embedded server");
        } else {
            Path dataDirectory = Path.of(setting("CLAIMS_DATA_DIR", "claims.data-dir", "data"));
            int port = Integer.parseInt(setting("CLAIMS_DB_PORT", "claims.db-port", "0"));
            EmbeddedPostgresServer server = EmbeddedPostgresServer.startDurable(dataDirectory, port);
            server.datasourceProperties().forEach(System::setProperty);
        }
        Quarkus.run(args);
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
