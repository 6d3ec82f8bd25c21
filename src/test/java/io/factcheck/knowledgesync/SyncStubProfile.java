package io.factcheck.knowledgesync;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The service pointed at a {@link SparqlStub} on 127.0.0.1, with short timeouts and waits so that failures are quick
 * to test, small batches, and a fast re-check. The stub's port is chosen once per JVM (a system property, which the
 * profile and the test both see whatever their class loaders).
 */
public class SyncStubProfile implements QuarkusTestProfile {

    private static final String PORT = "claims.test.sparql-stub.port";

    static synchronized int port() {
        String port = System.getProperty(PORT);
        if (port == null) {
            try (ServerSocket socket = new ServerSocket(0)) {
                port = Integer.toString(socket.getLocalPort());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            System.setProperty(PORT, port);
        }
        return Integer.parseInt(port);
    }

    static final String USER_AGENT = "claims-api-tests/1.0 (knowledge sync tests; desk@example.org)";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "claims.knowledge.sync.sparql-url", "http://127.0.0.1:" + port() + "/sparql",
                "claims.knowledge.sync.user-agent", USER_AGENT,
                "claims.knowledge.sync.batch-size", "20",
                "claims.knowledge.sync.timeout", "PT2S",
                "claims.knowledge.sync.max-attempts", "3",
                "claims.knowledge.sync.backoff", "PT0.2S",
                "claims.knowledge.sync.max-retry-wait", "PT5S",
                "claims.knowledge.sync.pause", "PT0S",
                "claims.knowledge.recheck.rate", "50");
    }
}
