package io.factcheck.check;

import io.factcheck.knowledge.DatePrecision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic synthetic knowledge base (people, offices in invented countries, consecutive terms) and an article
 * of a given size that mentions them in every form the checker reads, for benchmarks.
 */
public final class SyntheticKnowledge {

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ran", "tes", "vor", "dal", "en", "ish", "ul", "bre",
            "sto", "nik", "ova", "har", "pel", "zan", "quo", "lin", "mar", "tov", "ses", "gri", "fon", "dru", "yel"};
    private static final String[] TITLES = {"President", "Prime Minister", "Minister of Foreign Affairs",
            "Chancellor", "Minister of Defence"};

    public final KnowledgeSnapshot snapshot;
    private final List<KnowledgeSnapshot.Person> people = new ArrayList<>();
    private final List<KnowledgeSnapshot.Office> offices = new ArrayList<>();
    private final List<KnowledgeSnapshot.Tenure> tenures = new ArrayList<>();
    private final Random random;

    public SyntheticKnowledge(int personCount, long seed) {
        this.random = new Random(seed);
        Set<String> names = new HashSet<>();
        while (people.size() < personCount) {
            String first = cap(word(2));
            String last = cap(word(2 + random.nextInt(2)));
            String name = first + " " + last;
            if (names.add(name)) {
                // The surname alone is an alias, so shared surnames collide as they do in real data.
                people.add(new KnowledgeSnapshot.Person("p" + people.size(), name, List.of(last)));
            }
        }
        int countries = Math.max(1, personCount / 60);
        Set<String> places = new HashSet<>();
        for (int c = 0; c < countries; c++) {
            String place = cap(word(3));
            if (!places.add(place)) {
                c--;
                continue;
            }
            for (String title : TITLES) {
                String id = "o" + offices.size();
                offices.add(new KnowledgeSnapshot.Office(id, title, place, List.of(place + "n"),
                        List.of(title + " of " + place)));
            }
        }
        // Consecutive terms from 1985, each holder picked at random; some terms coarse-dated.
        int next = 0;
        for (KnowledgeSnapshot.Office o : offices) {
            LocalDate start = LocalDate.of(1985, 1, 1).plusDays(random.nextInt(700));
            while (start.isBefore(LocalDate.of(2025, 6, 1))) {
                LocalDate end = start.plusDays(400 + random.nextInt(1400));
                boolean open = end.isAfter(LocalDate.of(2025, 6, 1));
                String person = "p" + (next++ % people.size());
                DatePrecision precision = random.nextInt(10) == 0 ? DatePrecision.MONTH : DatePrecision.DAY;
                tenures.add(new KnowledgeSnapshot.Tenure("t" + tenures.size(), person, o.id(),
                        precision == DatePrecision.MONTH ? start.withDayOfMonth(1) : start,
                        open ? null : (precision == DatePrecision.MONTH ? end.withDayOfMonth(1) : end),
                        precision, "https://example.org/" + person));
                start = end;
            }
        }
        this.snapshot = new KnowledgeSnapshot(people, offices, tenures);
    }

    /**
     * An article of at least {@code chars} characters mixing role mentions of every form with filler sentences; one
     * sentence in {@code mentionEvery} carries a mention (the seed articles have about one per 1,200 characters).
     */
    public String article(int chars, int mentionEvery) {
        StringBuilder out = new StringBuilder(chars + 400);
        String[] filler = {"Talks on trade and energy went on late into the night. ",
                "Observers said the visit was mostly symbolic. ",
                "The two delegations signed a memorandum on agricultural machinery. ",
                "Protesters gathered outside the ministry despite the rain. ",
                "Analysts expect the sanctions to stay in place for years. "};
        int n = 0;
        while (out.length() < chars) {
            KnowledgeSnapshot.Tenure t = tenures.get(random.nextInt(tenures.size()));
            KnowledgeSnapshot.Person p = people.get(Integer.parseInt(t.personId().substring(1)));
            KnowledgeSnapshot.Office o = offices.get(Integer.parseInt(t.officeId().substring(1)));
            int year = t.start().getYear() + (t.end() == null ? 0 : random.nextInt(2));
            if (mentionEvery > 1 && random.nextInt(mentionEvery) != 0) {
                out.append(filler[random.nextInt(filler.length)]);
                continue;
            }
            switch (n++ % 7) {
                case 0 -> out.append(o.adjectives().get(0)).append(' ').append(o.title()).append(' ').append(p.name())
                        .append(" arrived in the capital on Tuesday. ");
                case 1 -> out.append("In ").append(year).append(", then-").append(o.title()).append(' ')
                        .append(p.name()).append(" met the delegation. ");
                case 2 -> out.append("Former ").append(o.title()).append(' ').append(p.aliases().get(0))
                        .append(" criticised the plan. ");
                case 3 -> out.append(p.name()).append(", the former ").append(o.title().toLowerCase()).append(" of ")
                        .append(o.jurisdiction()).append(", declined to comment. ");
                case 4 -> out.append("Back in ").append(year).append(" the ").append(o.title()).append(" of ")
                        .append(o.jurisdiction()).append(" had visited the region. ");
                case 5 -> out.append(o.jurisdiction()).append("'s ").append(o.title().toLowerCase()).append(' ')
                        .append(p.name()).append(" said the talks went well.\n");
                default -> out.append(filler[random.nextInt(filler.length)]).append(filler[random.nextInt(filler.length)]);
            }
        }
        return out.toString();
    }

    private String word(int syllables) {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return w.toString();
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
