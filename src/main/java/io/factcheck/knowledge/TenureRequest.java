package io.factcheck.knowledge;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of POST /people/{id}/tenures and PUT /tenures/{id}. With MONTH or YEAR precision the dates are stored as the
 * first day of their month or year.
 */
@Schema(name = "TenureRequest")
public record TenureRequest(
        @NotNull UUID officeId,
        @Schema(description = "First day in office", examples = "2023-08-22") @NotNull LocalDate start,
        @Schema(description = "Day the term ended (exclusive, normally the successor's first day); null while in office",
                examples = "2023-08-22", nullable = true) LocalDate end,
        @Schema(description = "How precisely both dates are known") @NotNull DatePrecision precision,
        @Schema(description = "A page that supports the dates", examples = "https://en.wikipedia.org/wiki/Hun_Sen")
        @NotBlank @Size(max = 2048) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String source,
        @Schema(description = "Why a date is approximate or disputed; acting terms start with \"acting\"")
        @Size(max = 2000) String note) {
}
