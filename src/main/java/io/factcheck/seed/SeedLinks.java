package io.factcheck.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.factcheck.canonical.CanonicalClaims;
import io.factcheck.canonical.LinkRelation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Links the seed corpus's repeated claims (seed/links.json), once per database, like the corpus itself: on a new
 * database right after the corpus, on one loaded before links existed at its next start. A claim that is gone (its
 * article deleted) is skipped.
 */
@ApplicationScoped
public class SeedLinks {

    static final String LOAD_NAME = "seed-links-v1";
    private static final String LINKED_BY = "seed";
    private static final Logger LOG = Logger.getLogger(SeedLinks.class);

    private final CanonicalClaims canonical;

    public SeedLinks(CanonicalClaims canonical) {
        this.canonical = canonical;
    }

    /** Emits true when this call linked the claims, false when it had been done. */
    @WithTransaction
    public Uni<Boolean> load() {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("insert into data_load (name, loaded_at) values (:name, now()) on conflict do nothing")
                .setParameter("name", LOAD_NAME).executeUpdate())
                .chain(inserted -> {
                    if (inserted != 1) {
                        return Uni.createFrom().item(false);
                    }
                    SeedCorpus corpus = SeedCorpus.fromClasspath();
                    Map<String, String> titles = corpus.articles().stream()
                            .collect(Collectors.toMap(SeedCorpus.SeedArticle::file, SeedCorpus.SeedArticle::title));
                    List<Link> links = read().links();
                    return Multi.createFrom().iterable(links)
                            .onItem().transformToUniAndConcatenate(link -> find(titles, link.claim())
                                    .chain(claim -> find(titles, link.target()).chain(target -> claim == null
                                            || target == null ? Uni.createFrom().item(false)
                                                    : canonical.link(claim, target, link.relation(), LINKED_BY))))
                            .collect().asList()
                            .invoke(done -> LOG.infof("Seed links: %d of %d made", done.stream()
                                    .filter(Boolean::booleanValue).count(), links.size()))
                            .replaceWith(true);
                });
    }

    private static Uni<UUID> find(Map<String, String> titles, Quote quote) {
        return Panache.getSession().chain(session -> session.createNativeQuery("select c.id from claim c join article a "
                + "on a.id = c.article_id where a.title = :title and c.anchor_exact = :exact and c.origin = 'EDITOR' "
                + "order by c.created_at limit 1", UUID.class)
                .setParameter("title", titles.get(quote.file())).setParameter("exact", quote.exact()).getResultList())
                .map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    private static LinksFile read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("seed/links.json")) {
            if (in == null) {
                throw new IllegalStateException("Seed resource missing from the build: seed/links.json");
            }
            return JsonMapper.builder().build().readValue(in, LinksFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable seed resource seed/links.json", e);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LinksFile(List<Link> links) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Link(LinkRelation relation, Quote claim, Quote target) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Quote(String file, String exact) {
    }
}
