package dev.camelclado.examples.springboot;

import java.util.concurrent.TimeUnit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

import dev.camelclado.sandbox.CladoSandbox;

/**
 * A Spring Boot application with the clado starter: a search, then a deep research that the consumer follows until
 * it ends; then the application stops. Against an embedded sandbox unless {@code -Dclado.sandbox=false}.
 */
@SpringBootApplication
public class CladoSpringBootExample {

    public static void main(String[] args) throws InterruptedException {
        SpringApplication application = new SpringApplication(CladoSpringBootExample.class);
        CladoSandbox sandbox = ExampleSandbox.startUnlessDisabled(application);
        int exitCode;
        try (ConfigurableApplicationContext context = application.run(args)) {
            ResearchDone done = context.getBean(ResearchDone.class);
            boolean ended = done.await(10, TimeUnit.MINUTES);
            exitCode = ended && done.succeeded() ? 0 : 1;
        } finally {
            if (sandbox != null) {
                sandbox.close();
            }
        }
        System.exit(exitCode);
    }
}
