package io.factcheck.check;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/** The subset of SARIF 2.1.0 the checker emits, as records that Jackson serialises directly. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SarifLog(@JsonProperty("$schema") String schema, String version, List<Run> runs) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Run(Tool tool, List<Artifact> artifacts, List<Result> results, String columnKind) {}

    public record Tool(Driver driver) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Driver(String name, String informationUri, String version, String semanticVersion, List<Rule> rules) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Rule(String id, String name, Text shortDescription, Text fullDescription, Text help,
                       Configuration defaultConfiguration) {}

    public record Configuration(String level) {}

    public record Text(String text) {}

    public record Artifact(ArtifactLocation location, Integer length, String mimeType) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(String ruleId, Integer ruleIndex, String level, Text message, List<Location> locations,
                         Map<String, Object> properties) {}

    public record Location(PhysicalLocation physicalLocation) {}

    public record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {}

    public record ArtifactLocation(String uri) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Region(int startLine, int startColumn, int endLine, int endColumn, int charOffset, int charLength,
                         Text snippet) {}
}
