package io.factcheck.claimreview;

import java.util.Optional;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.factcheck.review.WebPageUrl;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where a claim's fact-check page is: the review's publishedUrl, else claims.factcheck-url-template with the claim's
 * id. Checked at start-up, so that a typo stops the service instead of publishing broken markup for every claim.
 */
@ApplicationScoped
@Startup
public class FactCheckUrls {

    static final String PLACEHOLDER = "{claimId}";
    private static final Logger LOG = Logger.getLogger(FactCheckUrls.class);

    private final String template;

    public FactCheckUrls(@ConfigProperty(name = "claims.factcheck-url-template") Optional<String> template) {
        this.template = template.map(String::strip).filter(t -> !t.isEmpty()).map(FactCheckUrls::checked).orElse(null);
        if (this.template == null) {
            LOG.warn("claims.factcheck-url-template (CLAIMS_FACTCHECK_URL_TEMPLATE) is not set: a ClaimReview whose "
                    + "review has no publishedUrl is exported without url, and its response says so in a "
                    + ClaimReviewWarnings.HEADER + " header");
        }
    }

    /** The template itself when it is one; else why not, naming the setting. */
    static String checked(String template) {
        int at = template.indexOf(PLACEHOLDER);
        String rest = at < 0 ? template : template.substring(0, at) + template.substring(at + PLACEHOLDER.length());
        String problem = at < 0 ? "it has no " + PLACEHOLDER + " placeholder"
                : rest.contains(PLACEHOLDER) ? "it has more than one " + PLACEHOLDER + " placeholder"
                : rest.contains("{") || rest.contains("}") ? "the only placeholder it may have is " + PLACEHOLDER
                : !WebPageUrl.Check.isWebPageUrl(fill(template, new UUID(0, 0))) ? "it is no absolute http(s) URL"
                : null;
        if (problem != null) {
            throw new IllegalArgumentException("claims.factcheck-url-template (CLAIMS_FACTCHECK_URL_TEMPLATE) '"
                    + template + "' is invalid: " + problem + "; e.g. https://news.example/fact-checks/" + PLACEHOLDER);
        }
        return template;
    }

    private static String fill(String template, UUID claimId) {
        return template.replace(PLACEHOLDER, claimId.toString());
    }

    /** The ClaimReview url of a claim whose verdict review has this publishedUrl (null: none); null when unknown. */
    String urlOf(UUID claimId, String publishedUrl) {
        if (publishedUrl != null) {
            return publishedUrl;
        }
        return template == null ? null : fill(template, claimId);
    }

    /** For entity tags: a changed template changes every exported url. */
    String template() {
        return template;
    }
}
