package io.factcheck.check;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What POST /check found, with the reference date it judged against. */
@Schema(name = "CheckResponse")
public record CheckResponse(LocalDate referenceDate, List<Annotation> annotations) {
}
