package io.factcheck.claim;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where a claim sits in its article, as W3C Web Annotation selectors: a TextPositionSelector (start/end, UTF-16 code
 * units, end exclusive) and a TextQuoteSelector (exact with up to 32 characters of prefix/suffix context).
 */
@Embeddable
@Schema(name = "Anchor")
public record Anchor(
        @Column(name = "anchor_start") @Schema(examples = "412") int start,
        @Column(name = "anchor_end") @Schema(examples = "442") int end,
        @Column(name = "anchor_exact") @Schema(examples = "the Prime Minister of Cambodia") String exact,
        @Column(name = "anchor_prefix") String prefix,
        @Column(name = "anchor_suffix") String suffix) {
}
