package io.factcheck.knowledge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import io.factcheck.common.Timestamps;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Imports Wikidata entity JSON: each person (P31 human, or any P39 statement) and their P39 "position held"
 * statements as tenures, in one transaction.
 * <ul>
 * <li>A person is matched by Wikidata id, else by exact name among people without one; a match keeps its name
 * (Wikidata's label becomes an alias) and gains Wikidata's aliases.</li>
 * <li>A position is matched by Wikidata id. An unknown position becomes an office only when the import carries its
 * entity: linked to the one existing office without a Wikidata id whose name, title or alias is the label, else
 * created with the label as title. Otherwise its statements are skipped.</li>
 * <li>A statement is matched by its id, else by person, office and start (a term entered before); deprecated
 * statements, and those without a start, are skipped. Its source is the person's Wikidata page.</li>
 * </ul>
 * Importing the same entity again therefore updates and never duplicates.
 */
@ApplicationScoped
public class WikidataImport {

    /** A tenure from Wikidata cites its person's page. */
    public static final String ENTITY_PAGE = "https://www.wikidata.org/wiki/";
    private static final Logger LOG = Logger.getLogger(WikidataImport.class);

    private final PersonRepository people;
    private final OfficeRepository offices;
    private final TenureRepository tenures;
    private final KnowledgeSnapshots snapshots;

    public WikidataImport(PersonRepository people, OfficeRepository offices, TenureRepository tenures,
            KnowledgeSnapshots snapshots) {
        this.people = people;
        this.offices = offices;
        this.tenures = tenures;
        this.snapshots = snapshots;
    }

    public Uni<WikidataImportSummary> importEntities(JsonNode body) {
        return Uni.createFrom().item(() -> WikidataEntity.fromBody(body))
                .chain(entities -> Panache.withTransaction(() -> new Run(entities).execute()))
                .invoke(snapshots::invalidate)
                .invoke(s -> LOG.infof("Wikidata import: people %d new, %d changed; offices %d new, %d linked; "
                        + "tenures %d new, %d changed; %d skipped", s.peopleCreated(), s.peopleUpdated(),
                        s.officesCreated(), s.officesLinked(), s.tenuresCreated(), s.tenuresUpdated(),
                        s.skipped().size()));
    }

    /** One import: its entities, what it matched and what it counted. */
    private final class Run {

        private final Instant now = Timestamps.now();
        private final Map<String, WikidataEntity> entities = new LinkedHashMap<>();
        private final List<WikidataEntity> persons = new ArrayList<>();
        private final Map<String, Person> personByEntity = new LinkedHashMap<>();
        private final Map<String, Office> officeByEntity = new HashMap<>();
        private final List<WikidataImportSummary.Skipped> skipped = new ArrayList<>();
        private int peopleCreated;
        private int peopleUpdated;
        private int peopleUnchanged;
        private int officesCreated;
        private int officesLinked;
        private int tenuresCreated;
        private int tenuresUpdated;
        private int tenuresUnchanged;

        Run(List<WikidataEntity> all) {
            all.forEach(e -> entities.put(e.id(), e));
            Set<String> positions = new HashSet<>();
            for (WikidataEntity e : all) {
                if (e.human() || !e.positions().isEmpty()) {
                    e.positions().forEach(p -> positions.add(p.positionId()));
                }
            }
            for (WikidataEntity e : all) {
                if (!e.human() && e.positions().isEmpty()) {
                    if (!positions.contains(e.id())) {
                        skip(e, null, "neither a person (P31 human, or P39 statements) nor a position one of them held");
                    }
                } else if (e.label() == null) {
                    skip(e, null, "has no label");
                } else {
                    persons.add(e);
                }
            }
        }

        Uni<WikidataImportSummary> execute() {
            return matchPeople().chain(this::matchOffices).chain(this::upsertTenures).map(ignored -> summary());
        }

        private Uni<Void> matchPeople() {
            List<String> ids = persons.stream().map(WikidataEntity::id).toList();
            return people.findByWikidataIds(ids).chain(linked -> {
                Map<String, Person> byWikidataId = new HashMap<>();
                linked.forEach(p -> byWikidataId.put(p.wikidataId, p));
                List<String> unmatchedNames = persons.stream().filter(e -> !byWikidataId.containsKey(e.id()))
                        .map(WikidataEntity::label).toList();
                return people.findUnlinkedByNames(unmatchedNames).chain(unlinked -> {
                    List<Person> created = new ArrayList<>();
                    for (WikidataEntity entity : persons) {
                        Person match = byWikidataId.get(entity.id());
                        if (match == null) {
                            match = onlyOne(unlinked.stream()
                                    .filter(p -> p.name.equalsIgnoreCase(entity.label()))
                                    .filter(p -> !personByEntity.containsValue(p)).toList());
                        }
                        boolean isNew = match == null;
                        Person person = isNew ? new Person() : match;
                        if (isNew) {
                            person.name = entity.label();
                            person.createdAt = now;
                            person.updatedAt = now;
                            created.add(person);
                        }
                        List<Object> before = Arrays.asList(person.aliases, person.wikidataId, person.description);
                        List<String> aliases = new ArrayList<>(person.aliases);
                        aliases.add(entity.label());
                        aliases.addAll(entity.aliases());
                        aliases.removeIf(alias -> alias.equalsIgnoreCase(person.name));
                        person.aliases = KnowledgeText.cleanList(aliases);
                        person.wikidataId = entity.id();
                        if (person.description == null) {
                            person.description = entity.description();
                        }
                        if (!isNew) {
                            if (before.equals(Arrays.asList(person.aliases, person.wikidataId, person.description))) {
                                peopleUnchanged++;
                            } else {
                                person.updatedAt = now;
                                peopleUpdated++;
                            }
                        }
                        personByEntity.put(entity.id(), person);
                    }
                    peopleCreated = created.size();
                    return KnowledgeRows.persistAll(created);
                });
            });
        }

        /** The positions of the statements that can become tenures, matched or created as offices. */
        private Uni<Void> matchOffices(Void ignored) {
            List<String> positionIds = usableStatements().map(WikidataEntity.PositionHeld::positionId).distinct()
                    .toList();
            return offices.findByWikidataIds(positionIds).chain(linked -> {
                linked.forEach(o -> officeByEntity.put(o.wikidataId, o));
                List<WikidataEntity> carried = positionIds.stream().filter(id -> !officeByEntity.containsKey(id))
                        .map(entities::get).filter(e -> e != null && e.label() != null).toList();
                if (carried.isEmpty()) {
                    return Uni.createFrom().voidItem();
                }
                return offices.list("wikidataId is null").chain(unlinked -> {
                    List<Office> created = new ArrayList<>();
                    for (WikidataEntity entity : carried) {
                        Office office = onlyOne(unlinked.stream().filter(o -> o.isNamed(entity.label()))
                                .filter(o -> !officeByEntity.containsValue(o)).toList());
                        if (office != null) {
                            office.wikidataId = entity.id();
                            office.updatedAt = now;
                            officesLinked++;
                        } else {
                            office = new Office();
                            office.title = entity.label();
                            office.aliases = KnowledgeText.cleanList(entity.aliases());
                            office.wikidataId = entity.id();
                            office.createdAt = now;
                            office.updatedAt = now;
                            created.add(office);
                        }
                        officeByEntity.put(entity.id(), office);
                    }
                    officesCreated = created.size();
                    return KnowledgeRows.persistAll(created);
                });
            });
        }

        private Uni<Void> upsertTenures(Void ignored) {
            List<String> statementIds = usableStatements().map(WikidataEntity.PositionHeld::statementId)
                    .filter(Objects::nonNull).toList();
            List<UUID> personIds = personByEntity.values().stream().map(p -> p.id).toList();
            if (personIds.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            return tenures.list("wikidataStatementId in ?1 or personId in ?2",
                    statementIds.isEmpty() ? List.of("") : statementIds, personIds).chain(existing -> {
                        Map<String, Tenure> byStatement = new HashMap<>();
                        Map<String, Tenure> byTerm = new HashMap<>();
                        for (Tenure t : existing) {
                            if (t.wikidataStatementId != null) {
                                byStatement.put(t.wikidataStatementId, t);
                            }
                            byTerm.put(term(t.personId, t.officeId, t.startDate), t);
                        }
                        List<Tenure> created = new ArrayList<>();
                        for (WikidataEntity entity : persons) {
                            Person person = personByEntity.get(entity.id());
                            for (WikidataEntity.PositionHeld statement : entity.positions()) {
                                Tenure tenure = tenure(entity, person, statement, byStatement, byTerm);
                                if (tenure != null && tenure.id == null && !created.contains(tenure)) {
                                    created.add(tenure);
                                }
                            }
                        }
                        tenuresCreated = created.size();
                        return KnowledgeRows.persistAll(created);
                    });
        }

        /** The statement's tenure, matched or new and filled in; null when the statement is skipped. */
        private Tenure tenure(WikidataEntity entity, Person person, WikidataEntity.PositionHeld statement,
                Map<String, Tenure> byStatement, Map<String, Tenure> byTerm) {
            if (statement.deprecated()) {
                skip(entity, statement.statementId(), "deprecated rank");
                return null;
            }
            if (statement.problem() != null) {
                skip(entity, statement.statementId(), statement.problem());
                return null;
            }
            Office office = officeByEntity.get(statement.positionId());
            if (office == null) {
                skip(entity, statement.statementId(), "position " + statement.positionId()
                        + " is not in the knowledge base, and the import does not carry its entity with a label");
                return null;
            }
            String term = term(person.id, office.id, statement.start().date());
            Tenure tenure = statement.statementId() == null ? null : byStatement.get(statement.statementId());
            if (tenure == null) {
                Tenure sameTerm = byTerm.get(term);
                if (sameTerm != null && sameTerm.wikidataStatementId != null
                        && !sameTerm.wikidataStatementId.equals(statement.statementId())) {
                    skip(entity, statement.statementId(), "the same term as statement " + sameTerm.wikidataStatementId);
                    return null;
                }
                tenure = sameTerm;
            }
            boolean isNew = tenure == null;
            if (isNew) {
                tenure = new Tenure();
                tenure.personId = person.id;
                tenure.createdAt = now;
                tenure.updatedAt = now;
            }
            List<Object> before = state(tenure);
            tenure.officeId = office.id;
            tenure.startDate = statement.start().date();
            tenure.endDate = statement.end() == null ? null : statement.end().date();
            tenure.precision = statement.start().precision();
            tenure.source = ENTITY_PAGE + entity.id();
            tenure.wikidataStatementId = statement.statementId();
            tenure.origin = TenureOrigin.WIKIDATA;
            if (isNew) {
                tenure.confirmedAt = now;
            } else if (before.equals(state(tenure))) {
                tenuresUnchanged++;
            } else {
                tenure.updatedAt = now;
                tenure.confirmedAt = now;
                tenuresUpdated++;
            }
            byTerm.put(term, tenure);
            if (statement.statementId() != null) {
                byStatement.put(statement.statementId(), tenure);
            }
            return tenure;
        }

        private Stream<WikidataEntity.PositionHeld> usableStatements() {
            return persons.stream().flatMap(e -> e.positions().stream())
                    .filter(p -> !p.deprecated() && p.problem() == null);
        }

        private void skip(WikidataEntity entity, String statement, String reason) {
            skipped.add(new WikidataImportSummary.Skipped(entity.id(), statement, reason));
        }

        private WikidataImportSummary summary() {
            return new WikidataImportSummary(peopleCreated, peopleUpdated, peopleUnchanged, officesCreated,
                    officesLinked, tenuresCreated, tenuresUpdated, tenuresUnchanged,
                    personByEntity.values().stream().map(p -> new WikidataImportSummary.ImportedPerson(p.id, p.name,
                            p.wikidataId)).toList(),
                    List.copyOf(skipped));
        }
    }

    private static List<Object> state(Tenure t) {
        return Arrays.asList(t.officeId, t.startDate, t.endDate, t.precision, t.source, t.wikidataStatementId, t.origin);
    }

    private static String term(UUID personId, UUID officeId, Object start) {
        return personId + "/" + officeId + "/" + start;
    }

    /** The only element, or null when there are none or several (then nothing is certain enough to link). */
    private static <T> T onlyOne(List<T> candidates) {
        return candidates.size() == 1 ? candidates.get(0) : null;
    }
}
