package io.factcheck.support;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Marker every @QuarkusTest carries: all share one embedded PostgreSQL and one application start. */
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
public final class PostgresTest {

    private PostgresTest() {
    }
}
