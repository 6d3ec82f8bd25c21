package io.factcheck.common.paging;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list; {@code next} is the cursor of the following page, null at the end. */
public record Page<T>(List<T> items,
        @Schema(description = "Opaque cursor for the next page; null on the last page", nullable = true) String next) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), next);
    }
}
