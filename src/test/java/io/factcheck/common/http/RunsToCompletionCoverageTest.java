package io.factcheck.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.factcheck.check.CheckResource;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

/**
 * Every endpoint that writes runs to completion when its client hangs up (see ClientDisconnectTest for what that
 * means): a new write endpoint without {@link RunsToCompletion} fails here instead of logging rolled-back
 * transactions in production. POST /check writes nothing, so an abandoned check may stop.
 */
class RunsToCompletionCoverageTest {

    private static final Set<Class<?>> STATELESS = Set.of(CheckResource.class);

    @Test
    void every_write_endpoint_runs_to_completion() throws Exception {
        List<String> writes = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Class<?> resource : resources()) {
            if (STATELESS.contains(resource)) {
                continue;
            }
            for (Method method : resource.getDeclaredMethods()) {
                boolean write = method.isAnnotationPresent(POST.class) || method.isAnnotationPresent(PUT.class)
                        || method.isAnnotationPresent(PATCH.class) || method.isAnnotationPresent(DELETE.class);
                if (write) {
                    String name = resource.getSimpleName() + "." + method.getName();
                    writes.add(name);
                    if (!method.isAnnotationPresent(RunsToCompletion.class)
                            && !resource.isAnnotationPresent(RunsToCompletion.class)) {
                        missing.add(name);
                    }
                }
            }
        }
        assertThat(writes).as("write endpoints found").hasSizeGreaterThanOrEqualTo(20)
                .contains("ReviewResource.addReview", "ArticleResource.createArticle");
        assertThat(missing).as("write endpoints without @RunsToCompletion").isEmpty();
    }

    /** The application's JAX-RS resources: classes annotated @Path under target/classes. */
    private static List<Class<?>> resources() throws IOException, URISyntaxException, ClassNotFoundException {
        java.nio.file.Path root = java.nio.file.Path.of(CheckResource.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        List<Class<?>> found = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(root.resolve("io/factcheck"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith("Resource.class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name);
                if (type.isAnnotationPresent(Path.class)) {
                    found.add(type);
                }
            }
        }
        return found;
    }
}
