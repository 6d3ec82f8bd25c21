package io.factcheck.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committed contract as integrators meet it, with their own tools (npm packages pinned in
 * src/test/typescript/package-lock.json): Redocly CLI's recommended rules find no error, and openapi-typescript's
 * bindings type-check the example client (src/test/typescript/client.ts) with tsc. Needs Node.js and npm: .ci/run
 * installs them; elsewhere the test is skipped, saying so, when npm is missing (in CI it fails instead).
 */
class ContractToolsTest {

    private static final Path TOOLS = Path.of("src/test/typescript");

    @BeforeAll
    static void install_the_pinned_tools() throws Exception {
        boolean npm = run(List.of("npm", "--version"), Path.of("target/contract-tools-npm.log"), Path.of(".")) == 0;
        if (!npm && System.getenv("CI") != null) {
            throw new IllegalStateException("npm is missing: .ci/run should have installed Debian's nodejs and npm");
        }
        Assumptions.assumeTrue(npm, "npm is missing: install Node.js and npm to run the contract tools");
        if (!Files.isDirectory(TOOLS.resolve("node_modules/.bin"))) {
            assertThat(run(List.of("npm", "ci", "--no-audit", "--no-fund"), Path.of("target/contract-tools-npm-ci.log"),
                    TOOLS)).as("npm ci in src/test/typescript; see target/contract-tools-npm-ci.log").isZero();
        }
    }

    @Test
    void redocly_recommended_rules_find_no_error_in_the_committed_document() throws Exception {
        Path log = Path.of("target/contract-tools-redocly.log");
        int exit = run(List.of(bin("redocly"), "lint", "--config", "redocly.yaml", "openapi/openapi.yaml"), log,
                Path.of("."));
        assertThat(exit).as("redocly lint exit code:\n" + Files.readString(log)).isZero();
    }

    @Test
    void a_typescript_client_type_checks_against_the_generated_bindings() throws Exception {
        Path bindings = TOOLS.resolve("generated/claims-api.d.ts");
        Files.deleteIfExists(bindings);
        Path generate = Path.of("target/contract-tools-openapi-typescript.log");
        assertThat(run(List.of(bin("openapi-typescript"), "openapi/openapi.yaml", "-o", bindings.toString()), generate,
                Path.of("."))).as("openapi-typescript:\n" + Files.readString(generate)).isZero();
        assertThat(bindings).exists();
        Path tsc = Path.of("target/contract-tools-tsc.log");
        assertThat(run(List.of(bin("tsc"), "-p", TOOLS.toString()), tsc, Path.of(".")))
                .as("tsc on src/test/typescript/client.ts:\n" + Files.readString(tsc)).isZero();
    }

    private static String bin(String tool) {
        return TOOLS.toAbsolutePath().resolve("node_modules/.bin").resolve(tool).toString();
    }

    private static int run(List<String> command, Path log, Path directory) throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        Process process;
        try {
            process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toAbsolutePath().toFile()).start();
        } catch (IOException notInstalled) {
            Files.writeString(log, String.valueOf(notInstalled));
            return -1;
        }
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return -2;
        }
        return process.exitValue();
    }
}
