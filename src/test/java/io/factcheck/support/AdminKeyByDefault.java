package io.factcheck.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/** Registered in META-INF/services: runs inside the Quarkus test class loader, where the tests' RestAssured lives. */
public class AdminKeyByDefault implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        TestKeys.sendAdminKeyByDefault();
        ContractValidation.validateEveryResponse();
    }
}
