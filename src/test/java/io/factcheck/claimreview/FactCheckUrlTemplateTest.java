package io.factcheck.claimreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** claims.factcheck-url-template is checked when the service starts: what it accepts and what stops the start. */
class FactCheckUrlTemplateTest {

    @Test
    void a_template_with_one_claim_id_placeholder_in_an_http_url_is_accepted() {
        assertThat(FactCheckUrls.checked("https://news.example/fact-checks/{claimId}"))
                .isEqualTo("https://news.example/fact-checks/{claimId}");
        assertThat(FactCheckUrls.checked("http://news.example/check?claim={claimId}#verdict")).isNotNull();
    }

    @Test
    void a_template_that_is_no_http_url_or_has_no_or_another_placeholder_is_rejected_naming_the_setting() {
        for (String bad : new String[] { "https://news.example/fact-checks/", "news.example/{claimId}",
                "ftp://news.example/{claimId}", "https://news.example/{claimId}/{claimId}",
                "https://news.example/{id}/{claimId}", "https:///{claimId}", "https://news.example/{claimId} x" }) {
            assertThatThrownBy(() -> FactCheckUrls.checked(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("CLAIMS_FACTCHECK_URL_TEMPLATE").hasMessageContaining(bad);
        }
        assertThatThrownBy(() -> new FactCheckUrls(Optional.of("https://news.example/")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_published_url_wins_over_the_template_and_without_either_there_is_no_url() {
        UUID claim = UUID.fromString("01930000-0000-7000-8000-000000000001");
        FactCheckUrls templated = new FactCheckUrls(Optional.of(" https://news.example/fact-checks/{claimId} "));
        assertThat(templated.urlOf(claim, null)).isEqualTo("https://news.example/fact-checks/" + claim);
        assertThat(templated.urlOf(claim, "https://news.example/p/1")).isEqualTo("https://news.example/p/1");
        FactCheckUrls none = new FactCheckUrls(Optional.of("  "));
        assertThat(none.urlOf(claim, null)).isNull();
        assertThat(none.urlOf(claim, "https://news.example/p/1")).isEqualTo("https://news.example/p/1");
    }
}
