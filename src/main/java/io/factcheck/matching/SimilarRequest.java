package io.factcheck.matching;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of POST /claims/similar, for texts too long for a URL. */
@Schema(name = "SimilarRequest")
public record SimilarRequest(
        @Schema(required = true, description = "The statement to look for") @NotBlank @Size(max = ClaimMatcher.MAX_TEXT) String text,
        @Schema(description = "BCP 47 language tag of the text (default en); matching analyses English words, other "
                + "languages match by names, numbers and trigrams only", examples = "en")
        @Size(max = 35) @Pattern(regexp = "[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*", message = "must be a BCP 47 language tag such as en or en-GB") String language,
        @Schema(description = "Most answers, 1 to 50 (default 10)") @Min(1) @Max(ClaimMatcher.MAX_LIMIT) Integer limit,
        @Schema(description = "The date the text speaks from (its story's publication date; default today): titles "
                + "in it are resolved at that date") LocalDate publishedAt) {
}
