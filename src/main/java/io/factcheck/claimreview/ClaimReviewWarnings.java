package io.factcheck.claimreview;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import jakarta.ws.rs.container.ContainerResponseContext;

/**
 * A ClaimReview a publisher cannot use as it is says so: a {@value #HEADER} header on the response names what is
 * missing (no url: neither a publishedUrl nor claims.factcheck-url-template; an appearance without the story's url),
 * besides the property being absent from the markup, which search engines' validators report. Done as a response
 * filter so that every ClaimReview representation says it the same way, whichever resource answers it.
 */
public class ClaimReviewWarnings {

    public static final String HEADER = "ClaimReview-Warning";
    public static final String DESCRIPTION = "Present when a ClaimReview in the response lacks what a publisher needs "
            + "(a url; an appearance's url): what, and for how many; once per kind of gap";

    @ServerResponseFilter
    public void warn(ContainerResponseContext response) {
        Object entity = response.getEntity();
        Stream<ClaimReview> reviews = entity instanceof ClaimReview one ? Stream.of(one)
                : entity instanceof ClaimReviewGraph graph ? graph.graph().stream()
                : entity instanceof ClaimReviewFeed feed ? feed.dataFeedElement().stream().map(ClaimReviewFeed.Item::item)
                : Stream.empty();
        for (String warning : of(reviews.toList())) {
            response.getHeaders().add(HEADER, warning);
        }
    }

    /** What the reviews lack for publication, one sentence per kind of gap, with how many it concerns. */
    static List<String> of(List<ClaimReview> reviews) {
        long noUrl = reviews.stream().filter(r -> r.url() == null).count();
        long noAppearanceUrl = reviews.stream()
                .filter(r -> r.itemReviewed().appearance().stream().anyMatch(a -> a.url() == null)).count();
        List<String> warnings = new ArrayList<>();
        if (noUrl > 0) {
            warnings.add(noUrl + " ClaimReview(s) without url: give the review a publishedUrl, or set "
                    + "CLAIMS_FACTCHECK_URL_TEMPLATE");
        }
        if (noAppearanceUrl > 0) {
            warnings.add(noAppearanceUrl + " ClaimReview(s) with an appearance without url: give the article its url");
        }
        return warnings;
    }
}
