package io.factcheck.apikey;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to POST /keys: the only time the secret is ever shown. */
@Schema(name = "IssuedApiKey")
public record IssuedApiKey(UUID id, String name, String role, Instant createdAt,
        @Schema(description = "The key to send as Authorization: Bearer …; shown only now, store it safely",
                examples = "ck_3q2-7wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA") String key) {
}
