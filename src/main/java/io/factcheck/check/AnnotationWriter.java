package io.factcheck.check;

import io.factcheck.check.Annotation.EntityRef;
import io.factcheck.check.Annotation.TenureRef;
import io.factcheck.check.CheckContext.TimeBasis;
import io.factcheck.check.RoleAssessor.Assessment;
import io.factcheck.check.RoleAssessor.Referent;
import io.factcheck.check.RoleMention.Form;
import io.factcheck.check.RoleMention.Modifier;
import io.factcheck.check.TenureJudge.Judgement;
import io.factcheck.claim.Verdict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes an assessment as an annotation: the evidence used, a plain-English message and the correct wording. */
final class AnnotationWriter {

    private final KnowledgeIndex kb;

    AnnotationWriter(KnowledgeIndex kb) {
        this.kb = kb;
    }

    Annotation write(Assessment as, CheckContext ctx) {
        RoleMention m = as.mention();
        Judgement j = as.judgement();
        String person = kb.person(as.personId()).name();
        String officeId = primaryOffice(as);
        String office = officeId != null ? kb.officeName(officeId) : titleDisplay(m.titleKey());
        String quote = ctx.text.substring(m.start(), m.end());

        StringBuilder message = new StringBuilder();
        if (m.form() == Form.OFFICE_ONLY) {
            message.append('"').append(quote).append("\" refers to ").append(person);
            if (as.referent() == Referent.EARLIER_NAMED) {
                message.append(", named earlier in the text");
            } else {
                message.append(", who held the office at the time spoken of (")
                        .append(as.spoken().time().label()).append(')');
            }
            message.append(". ");
        }
        message.append(verdictSentence(as, person, office, officeId, ctx.reference));
        String why = as.confidence().explanation();
        if (!why.isEmpty()) {
            message.append(' ').append(why);
        }
        List<TenureRef> tenures = new ArrayList<>();
        List<Term> used = j.tenures().isEmpty() ? heldAt(as.personId(), judgedDay(as, ctx.reference)) : j.tenures();
        for (Term t : used) {
            tenures.add(new TenureRef(t.start().toString(), t.end() == null ? null : t.end().toString(),
                    t.precision().name(), t.source()));
        }
        return new Annotation(m.start(), m.end(), quote, Annotation.ROLE_TENURE, j.verdict(), as.confidence().value(),
                new EntityRef(as.personId(), person), new EntityRef(officeId, office), tenures,
                message.toString(), suggestion(as, ctx, quote));
    }

    private String primaryOffice(Assessment as) {
        Judgement j = as.judgement();
        if (j.holding() != null) {
            return j.holding().officeId();
        }
        if (!j.tenures().isEmpty()) {
            return j.tenures().get(j.tenures().size() - 1).officeId();
        }
        return as.officeIds().size() == 1 ? as.officeIds().iterator().next() : null;
    }

    // ---- message -------------------------------------------------------------------------------------------------

    private String verdictSentence(Assessment as, String p, String o, String officeId, LocalDate reference) {
        Judgement j = as.judgement();
        Verdict v = j.verdict();
        RoleMention m = as.mention();
        String terms = terms(j.tenures());
        switch (m.modifier()) {
            case THEN -> {
                String when = as.spoken().time().label();
                if (v == Verdict.ACCURATE) {
                    String term = j.holding() != null ? term(j.holding()) : terms;
                    return p + " was " + o + " at the time spoken of (" + when + "), in office " + term + ".";
                }
                StringBuilder s = new StringBuilder(p + " was not " + o + " at the time spoken of (" + when + ")");
                if (!j.tenures().isEmpty()) {
                    s.append("; ").append(p).append(" held that office ").append(terms);
                }
                Term other = otherOfficeAt(as.personId(), officeId, as.spoken().time().from());
                if (other != null) {
                    s.append("; at that time ").append(p).append(" was ").append(kb.officeName(other.officeId()));
                }
                return s.append('.').toString();
            }
            case FORMER -> {
                if (v == Verdict.ACCURATE) {
                    return p + " was " + o + " " + terms + " and no longer holds the office on " + reference
                            + ", so \"former\" is right.";
                }
                if (j.holding() != null) {
                    String s = p + " is " + o + " on " + reference + " (in office since "
                            + j.holding().startText() + "), so \"former\" is wrong";
                    if (j.lastEnded() != null) {
                        s += "; " + p + " also held it earlier, " + term(j.lastEnded());
                    }
                    return s + ".";
                }
                return neverOrLater(as.personId(), p, o, officeId, j, reference) + ", so \"former\" is wrong.";
            }
            default -> {
                if (v == Verdict.ACCURATE) {
                    Term h = j.holding();
                    String since = h == null ? "" : " (in office since " + h.startText() + ")";
                    if (as.knownUntil() != null) {
                        return p + " was " + o + " on " + as.knownUntil() + ", the last day this knowledge covers"
                                + since + ", so the title is right as of that date.";
                    }
                    return p + " is " + o + " on " + reference + since + ", so the title is right.";
                }
                if (v == Verdict.OUTDATED) {
                    Term last = j.lastEnded();
                    String left = last == null ? "" : last.endText();
                    StringBuilder s = new StringBuilder();
                    if (m.form() == Form.OFFICE_ONLY && as.spoken().basis() != TimeBasis.REFERENCE) {
                        s.append(p).append(" was ").append(o).append(" at the time spoken of (")
                                .append(as.spoken().time().label()).append(") but left office on ").append(left);
                    } else {
                        s.append(p).append(" was ").append(o).append(' ').append(terms)
                                .append(" and no longer holds the office on ").append(reference);
                    }
                    // past the knowledge's end nobody is named as holding the office now
                    String current = as.knownUntil() != null ? "" : currentHolders(officeId, as.personId(), reference);
                    if (!current.isEmpty()) {
                        s.append("; the current holder is ").append(current);
                    }
                    return s.append(", so on ").append(reference).append(' ').append(p).append(" is the former ")
                            .append(o).append('.').toString();
                }
                return neverOrLater(as.personId(), p, o, officeId, j, reference) + ".";
            }
        }
    }

    private String neverOrLater(String personId, String p, String o, String officeId, Judgement j, LocalDate reference) {
        if (j.firstLater() != null && j.lastEnded() == null && j.holding() == null) {
            Term later = j.firstLater();
            String start = later.startText();
            if (!later.start().isAfter(reference)) {
                // The start is known only to the month or year, and the judged day falls inside that period.
                return p + " took up the office of " + o + " during " + start + " (the exact day is not known), most "
                        + "likely after " + reference;
            }
            return p + " became " + o + " only on " + start + ", after " + reference;
        }
        String s = j.tenures().isEmpty() ? p + " has never held the office of " + o
                : p + " was not " + o + " on " + reference + " (" + terms(j.tenures()) + ")";
        Term other = otherOfficeAt(personId, officeId, reference);
        return other == null ? s : s + "; on " + reference + " " + p + " is " + kb.officeName(other.officeId());
    }

    private Term otherOfficeAt(String personId, String excludeOfficeId, LocalDate day) {
        if (personId == null) {
            return null;
        }
        long d = day.toEpochDay();
        for (Term t : kb.terms(personId)) {
            if (!t.officeId().equals(excludeOfficeId) && t.hold(d) >= 0.5) {
                return t;
            }
        }
        return null;
    }

    private String currentHolders(String officeId, String exceptPersonId, LocalDate reference) {
        if (officeId == null) {
            return "";
        }
        List<String> names = new ArrayList<>(1);
        long r = reference.toEpochDay();
        for (Term t : kb.termsOfOffice(officeId)) {
            if (!t.personId().equals(exceptPersonId) && t.hold(r) >= 0.5) {
                String name = kb.person(t.personId()).name();
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
        }
        return String.join(" and ", names);
    }

    /** The terms as a phrase, each distinct period once (one person may hold one title in several realms). */
    private static String terms(List<Term> tenures) {
        List<String> parts = new ArrayList<>(tenures.size());
        for (Term t : tenures) {
            String term = term(t);
            if (!parts.contains(term)) {
                parts.add(term);
            }
        }
        return String.join(" and ", parts);
    }

    private static String term(Term t) {
        String from = t.startText();
        return t.end() == null ? "since " + from : "from " + from + " to " + t.endText();
    }

    private static String titleDisplay(String titleKey) {
        if (titleKey == null) {
            return "the office";
        }
        String canonical = titleKey;
        for (Map.Entry<String, String> e : TitleVocabulary.SYNONYMS.entrySet()) {
            if (e.getKey().equalsIgnoreCase(titleKey)) {
                canonical = e.getValue();
            }
        }
        StringBuilder out = new StringBuilder();
        for (String w : canonical.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(w.length() <= 3 && !w.equals("the") ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return out.toString();
    }

    private List<Term> heldAt(String personId, LocalDate day) {
        List<Term> out = new ArrayList<>(1);
        long d = day.toEpochDay();
        for (Term t : kb.terms(personId)) {
            if (t.hold(d) >= 0.5) {
                out.add(t);
            }
        }
        return out;
    }

    private static LocalDate judgedDay(Assessment as, LocalDate reference) {
        return as.mention().modifier() == Modifier.THEN ? as.spoken().time().from() : reference;
    }

    // ---- suggestion ----------------------------------------------------------------------------------------------

    private String suggestion(Assessment as, CheckContext ctx, String quote) {
        RoleMention m = as.mention();
        Judgement j = as.judgement();
        String person = kb.person(as.personId()).name();
        String tail = m.form() == Form.OFFICE_ONLY ? ", " + person : "";
        if (j.verdict() == Verdict.ACCURATE) {
            return quote;
        }
        if (m.modifier() == Modifier.BARE && j.verdict() == Verdict.OUTDATED) {
            return withFormer(m, ctx.text) + tail;
        }
        if (m.modifier() == Modifier.FORMER && j.holding() != null) {
            return withoutModifier(m, ctx.text) + tail;
        }
        // The title itself is wrong: name the office the person actually held at the judged time, if any.
        String name = m.person() != null ? ctx.text.substring(m.person().start(), m.person().end()) : person;
        LocalDate day = judgedDay(as, ctx.reference);
        Term other = otherOfficeAt(as.personId(), null, day);
        if (other != null) {
            return (m.modifier() == Modifier.THEN ? "then-" : "") + kb.officeAttributive(other.officeId()) + " " + name;
        }
        if (m.modifier() != Modifier.THEN) {
            Term last = null;
            for (Term t : kb.terms(as.personId())) {
                if (t.end() != null && !t.end().isAfter(day)) {
                    last = t;
                }
            }
            if (last != null) {
                return "former " + kb.officeAttributive(last.officeId()) + " " + name;
            }
        }
        return name;
    }

    private static String withFormer(RoleMention m, String text) {
        if (m.modStart() >= 0) {
            // A bare title with "current"/"sitting": replace that word.
            return text.substring(m.start(), m.modStart()) + "former " + text.substring(m.modEnd(), m.end());
        }
        int at = Math.max(m.start(), Math.min(m.formerAt(), m.end()));
        return text.substring(m.start(), at) + "former " + text.substring(at, m.end());
    }

    private static String withoutModifier(RoleMention m, String text) {
        if (m.modStart() < 0) {
            return text.substring(m.start(), m.end());
        }
        int end = m.modEnd();
        while (end < m.end() && (text.charAt(end) == ' ' || text.charAt(end) == '-')) {
            end++;
        }
        String out = text.substring(m.start(), m.modStart()) + text.substring(end, m.end());
        if (m.modStart() == m.start() && Character.isUpperCase(text.charAt(m.modStart())) && !out.isEmpty()) {
            out = Character.toUpperCase(out.charAt(0)) + out.substring(1);
        }
        return out;
    }
}
