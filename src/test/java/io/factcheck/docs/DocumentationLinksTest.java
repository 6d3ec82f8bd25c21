package io.factcheck.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * README.md and the guides in src/docs link to each other and into the repository: a link to a file that does not
 * exist, or to a heading that is not there (GitHub's anchor rules), fails here instead of in a newcomer's browser.
 */
class DocumentationLinksTest {

    private static final Parser MARKDOWN = Parser.builder().build();

    /** The guides the README promises, some written by other engineers: each must exist. */
    private static final List<String> GUIDES = List.of("api.md", "knowledge.md", "knowledge-sync.md", "matching.md",
            "overload.md", "operations.md", "security.md", "performance.md", "publication.md", "claimreview.md");

    @Test
    void every_relative_link_and_anchor_in_the_readme_and_the_guides_resolves() throws IOException {
        List<String> broken = new ArrayList<>();
        Map<Path, Set<String>> anchors = new HashMap<>();
        for (Path document : documents()) {
            for (String target : links(document)) {
                if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                    continue; // http(s):, mailto: … are outside the repository
                }
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                String anchor = hash < 0 ? null : URLDecoder.decode(target.substring(hash + 1), StandardCharsets.UTF_8);
                Path resolved = file.isEmpty() ? document
                        : document.toAbsolutePath().getParent().resolve(URLDecoder.decode(file, StandardCharsets.UTF_8)).normalize();
                if (!Files.exists(resolved)) {
                    broken.add(document + ": " + target + " (no such file)");
                } else if (anchor != null && resolved.toString().endsWith(".md")
                        && !anchors.computeIfAbsent(resolved, DocumentationLinksTest::anchors).contains(anchor)) {
                    broken.add(document + ": " + target + " (no such heading)");
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void the_readme_links_every_guide() throws IOException {
        List<String> links = links(Path.of("README.md"));
        for (String guide : GUIDES) {
            assertThat(links).as("README links src/docs/" + guide).anyMatch(l -> l.startsWith("src/docs/" + guide));
        }
    }

    @Test
    void anchors_follow_github_rules() {
        assertThat(slugs("# The two commands\n## Scale-out packaging (`docker/`)\n## Security and reliability: what "
                + "is guaranteed\n## API\n## API\n## Idempotency-Key"))
                .containsExactly("the-two-commands", "scale-out-packaging-docker", "security-and-reliability-what-is-guaranteed",
                        "api", "api-1", "idempotency-key");
    }

    private static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> guides = Files.list(Path.of("src/docs"))) {
            guides.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        return documents;
    }

    private static List<String> links(Path document) throws IOException {
        List<String> targets = new ArrayList<>();
        MARKDOWN.parse(Files.readString(document)).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                targets.add(link.getDestination());
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                targets.add(image.getDestination());
            }
        });
        return targets;
    }

    private static Set<String> anchors(Path document) {
        try {
            return new HashSet<>(slugs(Files.readString(document)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** GitHub's heading ids: the text lower-cased, punctuation dropped, spaces to hyphens, repeats numbered. */
    private static List<String> slugs(String markdown) {
        List<String> slugs = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        MARKDOWN.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String slug = text(heading).toLowerCase(Locale.ROOT).strip()
                        .replaceAll("[^\\p{L}\\p{N}\\p{Mn}\\p{Pc} -]", "").replace(' ', '-');
                int count = seen.merge(slug, 1, Integer::sum);
                slugs.add(count == 1 ? slug : slug + "-" + (count - 1));
            }
        });
        return slugs;
    }

    private static String text(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString();
    }
}
