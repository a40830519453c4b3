package dev.camelclado.examples.springboot;

import java.util.concurrent.TimeUnit;

import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.camelclado.sandbox.CladoSandbox;
import dev.camelclado.sandbox.StatusChange;

import static org.assertj.core.api.Assertions.assertThat;

/** The Spring Boot example against a sandbox 600 times faster than real time: the research is followed to its end. */
@CamelSpringBootTest
@SpringBootTest(classes = { CladoSpringBootExample.class, CladoSpringBootExampleTest.SandboxClock.class })
class CladoSpringBootExampleTest {

    static final CladoSandbox SANDBOX = CladoSandbox.builder().speed(600).start();

    @DynamicPropertySource
    static void sandbox(DynamicPropertyRegistry registry) {
        ExampleSandbox.properties(SANDBOX, false).forEach((name, value) -> registry.add(name, () -> value));
    }

    @TestConfiguration
    static class SandboxClock {
        @Bean(ExampleSandbox.CLOCK_BEAN)
        java.time.Clock cladoSandboxClock() {
            return SANDBOX.clock().asJavaClock();
        }
    }

    @AfterAll
    static void stop() {
        SANDBOX.close();
    }

    @Autowired
    ResearchDone done;

    @Test
    void theResearchIsFollowedToItsEnd() throws Exception {
        assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(done.succeeded()).isTrue();
        assertThat(SANDBOX.stats().requests("POST /api/search/deep_research")).isEqualTo(1);
        java.util.List<StatusChange> history = SANDBOX.statusChanges(done.jobId());
        assertThat(history.get(history.size() - 1).status()).isEqualTo("completed");
    }
}
