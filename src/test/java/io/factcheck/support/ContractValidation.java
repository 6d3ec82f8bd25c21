package io.factcheck.support;

import java.nio.file.Path;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;

/**
 * The one place where every rest-assured response of the suite is checked against the committed OpenAPI document
 * (openapi/openapi.yaml), by Atlassian's swagger-request-validator: a response whose status, media type, headers or
 * body the document does not describe fails its test. New endpoints are covered as soon as their tests exist.
 *
 * <p>Registered before every @QuarkusTest method by {@link AdminKeyByDefault} (in the Quarkus class loader, where
 * those tests' RestAssured lives) and by {@link PackagedService} for the integration tests on the packaged jar.
 *
 * <p>Requests are not judged: tests send malformed requests on purpose. Paths the document does not list (the page,
 * /q/health, test-only endpoints) are skipped.
 */
public final class ContractValidation {

    private static final Path DOCUMENT = Path.of("openapi/openapi.yaml");

    private static Filter filter;

    private ContractValidation() {
    }

    /** Registers the validating filter with RestAssured (of the calling class loader), once. */
    public static synchronized void validateEveryResponse() {
        if (filter == null) {
            filter = new OpenApiValidationFilter(OpenApiInteractionValidator
                    .createForSpecificationUrl(DOCUMENT.toAbsolutePath().toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .withLevel("validation.response", ValidationReport.Level.ERROR)
                            .build())
                    .build());
        }
        if (!RestAssured.filters().contains(filter)) {
            RestAssured.filters(filter);
        }
    }
}
