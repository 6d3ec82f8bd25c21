package io.factcheck.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.factcheck.common.PublishedAt;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of POST and PUT /articles: the whole article (PUT replaces every field). */
@Schema(name = "ArticleRequest")
public record ArticleRequest(
        @Schema(description = "Canonical URL; unique when present", examples = "https://example.org/news/lukashenko-myanmar")
        @Size(max = 2048) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String url,
        @NotBlank @Size(max = 500) String title,
        @Size(max = 200) String publisher,
        @Size(max = 200) String author,
        @Schema(description = "BCP 47 language tag", examples = "en")
        @Size(max = 35) @Pattern(regexp = "[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*", message = "must be a BCP 47 language tag such as en or en-GB") String language,
        @Schema(description = "When it was published: a date, or a date-time with offset as CMSs send it; kept and "
                + "answered as sent. The checker judges titles at its local date") PublishedAt publishedAt,
        @Schema(description = "True when the publication date is inferred rather than printed") Boolean publishedAtApproximate,
        @Schema(description = "The article text; claim anchors are offsets into it (UTF-16 code units)")
        @NotBlank @Size(max = ArticleRequest.MAX_BODY_CHARS) String body,
        @Schema(description = "POST only: DRAFT (the default) or PUBLISHED. A draft and its claims are visible to "
                + "API keys only. PUT keeps the state (use /publish and /retract); a different state is a 409")
        ArticleState state) {

    /** 200k characters: far above any news article, well under the 1 MiB request limit. */
    public static final int MAX_BODY_CHARS = 200_000;
}
