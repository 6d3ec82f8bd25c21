package io.factcheck.claimreview;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.factcheck.article.Article;
import io.factcheck.claim.Claim;
import io.factcheck.knowledge.Person;
import io.factcheck.knowledge.PersonRepository;
import io.factcheck.knowledge.WikidataImport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who made a claim, as schema.org wants the Claim's author: a Person (with {@code sameAs} its Wikidata entity when
 * the knowledge base knows exactly one person by that name or alias), an Organization when the claimant is the
 * article's publisher, and the publisher itself when the claim names no claimant.
 */
@ApplicationScoped
class Claimants {

    private final PersonRepository people;

    Claimants(PersonRepository people) {
        this.people = people;
    }

    /** The known people among the claimants, by lower-cased claimant; one query, none when no claim names one. */
    Uni<Map<String, Person>> known(Collection<Claim> claims) {
        List<String> names = claims.stream().map(c -> c.claimant).filter(Objects::nonNull).distinct().toList();
        if (names.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return people.findByNameOrAlias(names).map(found -> {
            Map<String, Person> byName = new HashMap<>();
            for (String name : names) {
                Person person = only(found, name);
                if (person != null) {
                    byName.put(lower(name), person);
                }
            }
            return byName;
        });
    }

    /** The person whose name this is, else whose alias it is; none when several fit (no guessing who is meant). */
    private static Person only(List<Person> found, String claimant) {
        String form = lower(claimant);
        List<Person> byName = found.stream().filter(p -> lower(p.name).equals(form)).toList();
        if (!byName.isEmpty()) {
            return byName.size() == 1 ? byName.get(0) : null;
        }
        List<Person> byAlias = found.stream().filter(p -> p.aliases.stream().anyMatch(a -> lower(a).equals(form)))
                .toList();
        return byAlias.size() == 1 ? byAlias.get(0) : null;
    }

    static ClaimReview.Agent of(Claim claim, Article article, Map<String, Person> known) {
        if (claim.claimant == null || claim.claimant.isBlank()) {
            return article.publisher == null ? null : new ClaimReview.Agent("Organization", article.publisher, null);
        }
        String name = claim.claimant.strip();
        Person person = known.get(lower(name));
        if (person != null) {
            return new ClaimReview.Agent("Person", name,
                    person.wikidataId == null ? null : WikidataImport.ENTITY_PAGE + person.wikidataId);
        }
        if (article.publisher != null && lower(article.publisher.strip()).equals(lower(name))) {
            return new ClaimReview.Agent("Organization", name, null);
        }
        return new ClaimReview.Agent("Person", name, null);
    }

    /** How {@link #known} keys a claimant. */
    static String key(String claimant) {
        return lower(claimant);
    }

    private static String lower(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
