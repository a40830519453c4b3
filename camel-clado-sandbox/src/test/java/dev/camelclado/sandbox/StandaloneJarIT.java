package dev.camelclado.sandbox;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar camel-clado-sandbox-<version>-standalone.jar} starts a working sandbox. */
class StandaloneJarIT {

    @Test
    void theStandaloneJarServesTheApi() throws Exception {
        Path jar = Path.of(System.getProperty("standaloneJar"));
        assertThat(jar).exists();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-jar", jar.toString(), "--port", "0", "--api-key", "lk_it", "--credits", "42")
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String first = out.readLine();
            assertThat(first).startsWith("Clado sandbox listening on http://127.0.0.1:");
            Matcher url = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+)").matcher(first);
            assertThat(url.find()).isTrue();
            SandboxHttp http = new SandboxHttp(url.group(1), "lk_it");
            assertThat(http.get("/sandbox/health").json().path("status").asText()).isEqualTo("UP");
            assertThat(http.get("/api/credits").json().path("credits").asLong()).isEqualTo(42);
            assertThat(new SandboxHttp(url.group(1), "lk_sandbox_key").get("/api/credits").status()).isEqualTo(401);
        } finally {
            process.destroy();
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        }
        assertThat(Files.size(jar)).isPositive();
    }
}
