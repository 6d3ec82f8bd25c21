package io.factcheck.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.factcheck.check.KnowledgeSnapshot;
import io.factcheck.common.text.WordAutomaton;

/**
 * The people and offices of the knowledge base by the names a text uses for them: "Lukashenka" and "Alexander
 * Lukashenko" are one person, "Cambodian Prime Minister" and "Prime Minister of Cambodia" one office. Built once per
 * knowledge snapshot; one Aho–Corasick pass per text. People are matched case-sensitively (names are capitalised, and
 * "Bush" is not "bush"), offices in any case. Aliases shorter than four characters are left out: "Kim" names seventeen
 * people and would make everyone the same person.
 */
final class KnowledgeNames {

    private static final int MIN_ALIAS = 4;

    private final WordAutomaton<List<String>> people;
    private final WordAutomaton<List<String>> offices;
    private final Map<String, String> personNames = new HashMap<>();
    private final Map<String, String> officeNames = new HashMap<>();
    /** Lower-cased name and aliases of each person: the values claim.person may hold for them. */
    private final Map<String, List<String>> personForms = new HashMap<>();
    /** The other way round: who goes by a lower-cased form (one lookup per candidate instead of a walk over everyone). */
    private final Map<String, List<String>> peopleByForm = new HashMap<>();

    KnowledgeNames(KnowledgeSnapshot snapshot) {
        Map<String, List<String>> personKeys = new HashMap<>();
        for (KnowledgeSnapshot.Person p : snapshot.people()) {
            personNames.put(p.id(), p.name());
            List<String> forms = new ArrayList<>();
            for (String form : concat(p.name(), p.aliases())) {
                String f = form.strip();
                if (f.length() >= MIN_ALIAS && Character.isUpperCase(f.charAt(0))) {
                    personKeys.computeIfAbsent(f, k -> new ArrayList<>()).add(p.id());
                }
                if (!f.isEmpty()) {
                    forms.add(f.toLowerCase(Locale.ROOT));
                }
            }
            personForms.put(p.id(), List.copyOf(new LinkedHashSet<>(forms)));
        }
        personForms.forEach((id, forms) -> forms.forEach(
                form -> peopleByForm.computeIfAbsent(form, k -> new ArrayList<>()).add(id)));
        WordAutomaton.Builder<List<String>> pb = WordAutomaton.builder();
        personKeys.forEach((form, ids) -> pb.add(form, List.copyOf(ids)));
        this.people = pb.build();

        Map<String, List<String>> officeKeys = new HashMap<>();
        for (KnowledgeSnapshot.Office o : snapshot.offices()) {
            String full = o.jurisdiction().isEmpty() ? o.title() : o.title() + " of " + o.jurisdiction();
            officeNames.put(o.id(), full);
            List<String> forms = new ArrayList<>(o.aliases());
            if (!o.jurisdiction().isEmpty()) {
                forms.add(full);
                for (String adjective : o.adjectives()) {
                    forms.add(adjective + " " + o.title());
                }
            }
            for (String form : forms) {
                String f = form.strip().toLowerCase(Locale.ROOT);
                if (f.length() >= MIN_ALIAS) {
                    officeKeys.computeIfAbsent(f, k -> new ArrayList<>()).add(o.id());
                }
            }
        }
        WordAutomaton.Builder<List<String>> ob = WordAutomaton.<List<String>>builder().ignoreCase();
        officeKeys.forEach((form, ids) -> ob.add(form, List.copyOf(ids)));
        this.offices = ob.build();
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** Ids of the people the text names (every person a shared alias may mean). */
    Set<String> people(String text) {
        return scan(people, text);
    }

    Set<String> offices(String text) {
        return scan(offices, text);
    }

    /** The person a claim's person field names: by name or alias, else by the names inside it. */
    Set<String> person(String field) {
        if (field == null || field.isBlank()) {
            return Set.of();
        }
        List<String> ids = peopleByForm.get(field.strip().toLowerCase(Locale.ROOT));
        return ids == null ? people(field) : new LinkedHashSet<>(ids);
    }

    String personName(String id) {
        String name = personNames.get(id);
        return name != null ? name : id.startsWith(Traits.UNKNOWN_PERSON) ? id.substring(Traits.UNKNOWN_PERSON.length()) : id;
    }

    String officeName(String id) {
        return officeNames.getOrDefault(id, id);
    }

    /** Every lower-cased form the people go by: what claim.person is compared with. */
    List<String> forms(Set<String> personIds) {
        Set<String> all = new LinkedHashSet<>();
        for (String id : personIds) {
            List<String> forms = personForms.get(id);
            if (forms != null) {
                all.addAll(forms);
            } else if (id.startsWith(Traits.UNKNOWN_PERSON)) {
                all.add(id.substring(Traits.UNKNOWN_PERSON.length()));
            }
        }
        return List.copyOf(all);
    }

    private static Set<String> scan(WordAutomaton<List<String>> automaton, String text) {
        if (text == null || text.isEmpty()) {
            return Set.of();
        }
        Set<String> found = new LinkedHashSet<>();
        automaton.scan(text, (start, end, ids) -> found.addAll(ids));
        return found;
    }
}
