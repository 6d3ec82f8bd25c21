package io.factcheck.knowledge;

/** What loading a knowledge file changed; "updated" counts only rows whose values changed. */
public record KnowledgeLoad(String version, int peopleCreated, int peopleUpdated, int officesCreated,
        int officesUpdated, int tenuresCreated, int tenuresUpdated, int tenuresRemoved) {
}
