package io.factcheck.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.factcheck.common.problem.UnprocessableException;

/**
 * The parts of a Wikidata entity the import uses: English label (else the language-neutral "mul" one, else any),
 * English aliases and description, whether it is a human (P31 Q5), and its P39 "position held" statements.
 */
record WikidataEntity(String id, String label, List<String> aliases, String description, boolean human,
        List<PositionHeld> positions) {

    static final String POSITION_HELD = "P39";
    static final String INSTANCE_OF = "P31";
    static final String HUMAN = "Q5";
    static final String START_TIME = "P580";
    static final String END_TIME = "P582";

    /**
     * One P39 statement. {@code problem} says why it cannot become a tenure (null when it can); deprecated
     * statements are kept here and skipped by the import, which reports them.
     */
    record PositionHeld(String statementId, String rank, String positionId, WikidataTime start, WikidataTime end,
            String problem) {

        boolean deprecated() {
            return "deprecated".equals(rank);
        }
    }

    /** The entities of an import body: one entity object, or Special:EntityData's {"entities": {"Q…": {…}}}. */
    static List<WikidataEntity> fromBody(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new UnprocessableException("body", "must be a Wikidata entity object or {\"entities\": {…}}");
        }
        List<WikidataEntity> entities = new ArrayList<>();
        if (body.has("entities")) {
            JsonNode all = body.get("entities");
            if (!all.isObject()) {
                throw new UnprocessableException("entities", "must be an object of entities by id");
            }
            for (Map.Entry<String, JsonNode> entry : all.properties()) {
                if (!entry.getValue().isObject()) {
                    throw new UnprocessableException("entities." + entry.getKey(), "must be an entity object");
                }
                if (!entry.getValue().has("missing")) {
                    entities.add(of(entry.getValue(), "entities." + entry.getKey()));
                }
            }
        } else {
            entities.add(of(body, "body"));
        }
        if (entities.isEmpty()) {
            throw new UnprocessableException("entities", "holds no entity");
        }
        return entities;
    }

    private static WikidataEntity of(JsonNode entity, String field) {
        String id = entity.path("id").asText("");
        if (!id.matches(PersonRequest.WIKIDATA_ITEM)) {
            throw new UnprocessableException(field + ".id", "must be a Wikidata item id such as Q7747");
        }
        List<String> aliases = new ArrayList<>();
        for (String language : List.of("en", "mul")) {
            for (JsonNode alias : entity.path("aliases").path(language)) {
                aliases.add(alias.path("value").asText(""));
            }
        }
        JsonNode claims = entity.path("claims");
        boolean human = false;
        for (JsonNode statement : claims.path(INSTANCE_OF)) {
            human |= HUMAN.equals(itemId(statement.path("mainsnak")));
        }
        List<PositionHeld> positions = new ArrayList<>();
        for (JsonNode statement : claims.path(POSITION_HELD)) {
            positions.add(positionHeld(statement));
        }
        return new WikidataEntity(id, label(entity.path("labels")), KnowledgeText.cleanList(aliases),
                KnowledgeText.blankToNull(entity.path("descriptions").path("en").path("value").asText(null)), human,
                positions);
    }

    private static PositionHeld positionHeld(JsonNode statement) {
        String statementId = KnowledgeText.blankToNull(statement.path("id").asText(null));
        String rank = statement.path("rank").asText("normal");
        String positionId = itemId(statement.path("mainsnak"));
        if (positionId == null) {
            return new PositionHeld(statementId, rank, null, null, null, "the position is unknown or not an item");
        }
        try {
            WikidataTime start = qualifierTime(statement, START_TIME);
            if (start == null) {
                return new PositionHeld(statementId, rank, positionId, null, null, "no known start time (P580)");
            }
            WikidataTime end = qualifierTime(statement, END_TIME);
            DatePrecision precision = end == null ? start.precision()
                    : WikidataTime.coarser(start.precision(), end.precision());
            start = new WikidataTime(TenureService.firstDayAt(start.date(), precision), precision);
            if (end != null) {
                end = new WikidataTime(TenureService.firstDayAt(end.date(), precision), precision);
                if (!end.date().isAfter(start.date())) {
                    return new PositionHeld(statementId, rank, positionId, start, end,
                            "the end time (P582) is not after the start time (P580) at " + precision + " precision");
                }
            }
            return new PositionHeld(statementId, rank, positionId, start, end, null);
        } catch (IllegalArgumentException e) {
            return new PositionHeld(statementId, rank, positionId, null, null, e.getMessage());
        }
    }

    /** The first qualifier with a value; null when there is none. "somevalue" (unknown) counts as none. */
    private static WikidataTime qualifierTime(JsonNode statement, String property) {
        for (JsonNode snak : statement.path("qualifiers").path(property)) {
            if ("value".equals(snak.path("snaktype").asText()) && snak.path("datavalue").has("value")) {
                return WikidataTime.parse(snak.path("datavalue").path("value"));
            }
        }
        return null;
    }

    /** The item id a snak points at ("Q11696"), or null for no value, an unknown value or a non-item. */
    private static String itemId(JsonNode snak) {
        if (!"value".equals(snak.path("snaktype").asText("value"))) {
            return null;
        }
        JsonNode value = snak.path("datavalue").path("value");
        String id = value.path("id").asText(null);
        if (id == null && value.has("numeric-id")) {
            id = "Q" + value.path("numeric-id").asLong();
        }
        return id != null && id.matches(PersonRequest.WIKIDATA_ITEM) ? id : null;
    }

    private static String label(JsonNode labels) {
        for (String language : List.of("en", "mul")) {
            String value = KnowledgeText.blankToNull(labels.path(language).path("value").asText(null));
            if (value != null) {
                return value;
            }
        }
        for (JsonNode label : labels) {
            String value = KnowledgeText.blankToNull(label.path("value").asText(null));
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
