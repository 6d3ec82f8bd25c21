package io.factcheck.matching;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of a similar-claim search, best first. */
@Schema(name = "SimilarAnswer")
public record SimilarAnswer(@Schema(required = true) List<SimilarItem> items) {
}
