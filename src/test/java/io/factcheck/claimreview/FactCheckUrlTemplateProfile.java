package io.factcheck.claimreview;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The service with a fact-check URL template, as a newsroom deploys it. */
public class FactCheckUrlTemplateProfile implements QuarkusTestProfile {

    static final String TEMPLATE = "https://news.example/fact-checks/{claimId}";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("claims.factcheck-url-template", TEMPLATE);
    }
}
