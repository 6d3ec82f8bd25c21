package io.factcheck.factcheck;

import java.time.LocalDate;

/** One fact-check read from an import, validated, before it is stored. */
record ImportedFactCheck(String url, String publisher, String publisherSite, String headline, String claimText,
        String claimant, LocalDate claimDate, LocalDate reviewDate, String ratingText, Double rating, String language,
        FactCheckFormat format) {
}
