package io.factcheck.claim;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * How a client points at a claim's text: by offsets ({@code start}/{@code end}) or by quote ({@code exact}, with
 * {@code prefix}/{@code suffix} to choose among repeated quotes). The service fills in the rest.
 */
@Schema(name = "AnchorRequest")
public record AnchorRequest(
        @PositiveOrZero Integer start,
        @PositiveOrZero Integer end,
        @Size(max = 10_000) String exact,
        @Size(max = AnchorResolver.CONTEXT_CHARS) String prefix,
        @Size(max = AnchorResolver.CONTEXT_CHARS) String suffix) {
}
