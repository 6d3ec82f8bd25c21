package io.factcheck.check;

import io.factcheck.check.KnowledgeSnapshot.Office;
import io.factcheck.check.KnowledgeSnapshot.Person;
import io.factcheck.check.KnowledgeSnapshot.Tenure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Lookups over a snapshot, precomputed once: people, offices by title and jurisdiction, tenures by person and office. */
final class KnowledgeIndex {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Jurisdictions that read with "the": "President of the United States". */
    private static final Pattern NEEDS_ARTICLE = Pattern.compile(
            "(?i)^(united|republic|federation|kingdom|union|netherlands|philippines|bahamas|gambia|emirates|czech republic|"
                    + "russian federation|holy see|state|european)\\b.*|.*\\b(states|republic|kingdom|islands|union|emirates|federation)$");

    private final Map<String, Person> people = new HashMap<>();
    private final Map<String, Office> offices = new HashMap<>();
    private final Map<String, String> jurisdictionByOffice = new HashMap<>();
    private final Map<String, String> officeNames = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, List<Term>> termsByPerson = new HashMap<>();
    private final Map<String, List<Term>> termsByOffice = new HashMap<>();
    private final Map<String, Set<String>> officesByTitle = new HashMap<>();
    private final Map<String, Map<String, Set<String>>> officesByTitleAndPlace = new HashMap<>();
    private final Map<String, Set<String>> nameTokens = new HashMap<>();
    /** Key under which all of a title's offices are listed, whatever their jurisdiction. */
    private static final String ANY_PLACE = "\u0000any";
    /** Every casing variant of every surface form → its senses. */
    private final Map<String, List<Sense>> surfaces = new HashMap<>();

    KnowledgeIndex(KnowledgeSnapshot kb) {
        kb.people().forEach(p -> people.put(p.id(), p));
        kb.offices().forEach(o -> {
            offices.put(o.id(), o);
            jurisdictionByOffice.put(o.id(), jurisdictionKey(o));
        });
        Comparator<Term> byStart = Comparator.comparingLong(Term::s0);
        for (Tenure t : kb.tenures()) {
            if (people.containsKey(t.personId()) && offices.containsKey(t.officeId())) {
                Term term = Term.of(t);
                termsByPerson.computeIfAbsent(t.personId(), k -> new ArrayList<>()).add(term);
                termsByOffice.computeIfAbsent(t.officeId(), k -> new ArrayList<>()).add(term);
            }
        }
        termsByPerson.replaceAll((k, v) -> {
            v.sort(byStart);
            return List.copyOf(v);
        });
        termsByOffice.replaceAll((k, v) -> {
            v.sort(byStart);
            return List.copyOf(v);
        });

        for (Person p : kb.people()) {
            Set<String> tokens = new HashSet<>();
            for (String form : names(p)) {
                addSurface(form, new Sense(Sense.Kind.PERSON, p.id(), normalizeForm(form)));
                for (String token : SPACES.split(normalizeKey(form))) {
                    tokens.add(token);
                }
            }
            nameTokens.put(p.id(), tokens);
        }
        for (Office o : kb.offices()) {
            indexOffice(o);
        }
        // "Dominican President" is an alias of the presidents of Dominica and of the Dominican Republic: such a form
        // fixes no office, and the place word alone is left to say that it names two
        surfaces.values().forEach(senses -> {
            if (senses.stream().filter(x -> x.kind() == Sense.Kind.OFFICE).map(Sense::key).distinct().count() > 1) {
                senses.removeIf(x -> x.kind() == Sense.Kind.OFFICE);
            }
        });
        surfaces.values().removeIf(List::isEmpty);
        // Informal title forms ("PM", "premier") denote every office carrying the canonical title.
        TitleVocabulary.SYNONYMS.forEach((form, canonical) -> {
            Set<String> ids = officesByTitle.get(canonical);
            if (ids != null) {
                addTitle(form, Set.copyOf(ids));
            }
        });
        // Precomputed per title and place: a check looks these up for every mention.
        officesByTitle.forEach((title, ids) -> {
            Map<String, Set<String>> byPlace = new HashMap<>();
            for (String id : ids) {
                byPlace.computeIfAbsent(jurisdictionByOffice.get(id), k -> new LinkedHashSet<>()).add(id);
                byPlace.computeIfAbsent(ANY_PLACE, k -> new LinkedHashSet<>()).add(id);
            }
            byPlace.replaceAll((k, v) -> Collections.unmodifiableSet(v));
            officesByTitleAndPlace.put(title, byPlace);
        });
    }

    private void indexOffice(Office o) {
        String jurisdiction = jurisdictionKey(o);
        List<String> placeForms = new ArrayList<>();
        if (!jurisdiction.isEmpty()) {
            String name = stripArticle(normalizeForm(o.jurisdiction()));
            addSurface(name, new Sense(Sense.Kind.JURISDICTION_NAME, jurisdiction, name));
            placeForms.add(name);
        }
        for (String adjective : o.adjectives()) {
            String form = normalizeForm(adjective);
            addSurface(form, new Sense(Sense.Kind.DEMONYM, jurisdiction, form));
            placeForms.add(form);
        }
        String title = titleOnly(normalizeForm(o.title()), placeForms);
        addTitle(title, Set.of(o.id()));
        for (String alias : o.aliases()) {
            String form = normalizeForm(alias);
            String derived = titleOnly(form, placeForms);
            if (!derived.equalsIgnoreCase(form)) {
                // "premier of Cambodia" teaches that "premier" is a title of this office.
                addTitle(derived, Set.of(o.id()));
                addSurface(form, new Sense(Sense.Kind.OFFICE, o.id(), form));
            } else if (form.contains(" ") || Sense.isAcronym(form, 0, form.length())) {
                addSurface(form, new Sense(Sense.Kind.OFFICE, o.id(), form));
            }
        }
    }

    /** Strips a leading place word ("Cambodian PM", "Cambodia's premier") or a trailing "of [the] Place". */
    private static String titleOnly(String form, List<String> placeForms) {
        String lower = form.toLowerCase(Locale.ROOT);
        for (String place : placeForms) {
            String p = place.toLowerCase(Locale.ROOT);
            for (String prefix : List.of(p + "'s ", p + " ")) {
                if (lower.startsWith(prefix) && lower.length() > prefix.length()) {
                    return form.substring(prefix.length()).trim();
                }
            }
            for (String suffix : List.of(" of the " + p, " of " + p)) {
                if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
                    return form.substring(0, form.length() - suffix.length()).trim();
                }
            }
        }
        return form;
    }

    private void addTitle(String form, Set<String> officeIds) {
        String key = normalizeKey(form);
        if (key.isEmpty()) {
            return;
        }
        officesByTitle.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(officeIds);
        addSurface(form, new Sense(Sense.Kind.TITLE, key, form));
    }

    private void addSurface(String form, Sense sense) {
        if (form.length() < 2) {
            return;
        }
        for (String variant : CaseVariants.of(normalizeForm(form), sense.kind())) {
            List<Sense> senses = surfaces.computeIfAbsent(variant, k -> new ArrayList<>(1));
            if (!senses.contains(sense)) {
                senses.add(sense);
            }
        }
    }

    private static List<String> names(Person p) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(p.name());
        forms.addAll(p.aliases());
        return new ArrayList<>(forms);
    }

    static String normalizeForm(String s) {
        return SPACES.matcher(TextNormalizer.normalize(s).trim()).replaceAll(" ");
    }

    static String normalizeKey(String s) {
        return normalizeForm(s).toLowerCase(Locale.ROOT);
    }

    private static String stripArticle(String s) {
        return s.regionMatches(true, 0, "the ", 0, 4) ? s.substring(4) : s;
    }

    static String jurisdictionKey(Office o) {
        return stripArticle(normalizeKey(o.jurisdiction()));
    }

    Map<String, List<Sense>> surfaces() {
        return surfaces;
    }

    String jurisdictionOf(String officeId) {
        return jurisdictionByOffice.get(officeId);
    }

    Person person(String id) {
        return people.get(id);
    }

    Office office(String id) {
        return offices.get(id);
    }

    /** Offices a title key denotes, optionally narrowed to one jurisdiction, in knowledge order. */
    Set<String> officesWithTitle(String titleKey, String jurisdiction) {
        Map<String, Set<String>> byPlace = officesByTitleAndPlace.get(titleKey);
        if (byPlace == null) {
            return Set.of();
        }
        return byPlace.getOrDefault(jurisdiction == null ? ANY_PLACE : jurisdiction, Set.of());
    }

    /** A person's terms of every office, by start. */
    List<Term> terms(String personId) {
        return termsByPerson.getOrDefault(personId, List.of());
    }

    /** A person's terms of the given offices, by start. */
    List<Term> terms(String personId, Collection<String> officeIds) {
        List<Term> out = new ArrayList<>(2);
        for (Term t : terms(personId)) {
            if (officeIds.contains(t.officeId())) {
                out.add(t);
            }
        }
        return out;
    }

    /** Every term of one office, by start. */
    List<Term> termsOfOffice(String officeId) {
        return termsByOffice.getOrDefault(officeId, List.of());
    }

    Set<String> nameTokens(String personId) {
        return nameTokens.getOrDefault(personId, Set.of());
    }

    /** "Prime Minister of Cambodia", "President of the United States". */
    String officeName(String officeId) {
        return officeNames.computeIfAbsent(officeId, this::composeOfficeName);
    }

    private String composeOfficeName(String officeId) {
        Office o = offices.get(officeId);
        if (o.jurisdiction().isBlank()) {
            return o.title();
        }
        String place = stripArticle(normalizeForm(o.jurisdiction()));
        if (o.title().toLowerCase(Locale.ROOT).endsWith(place.toLowerCase(Locale.ROOT))) {
            return o.title(); // the title already names its place
        }
        return o.title() + " of " + (NEEDS_ARTICLE.matcher(place).matches() ? "the " : "") + place;
    }

    /** "Cambodian Prime Minister" when a demonym is known, else the office name. */
    String officeAttributive(String officeId) {
        Office o = offices.get(officeId);
        for (String adjective : o.adjectives()) {
            if (!adjective.isBlank()) {
                return adjective + " " + o.title();
            }
        }
        return officeName(officeId);
    }
}
