package dev.camelclado.component.springboot;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed properties class is the one the catalog generates: no option is missing, stale or mistyped. */
class ComponentConfigurationSourceTest {

    @Test
    void thePropertiesClassMatchesTheCatalog() throws Exception {
        String committed = Files.readString(ComponentConfigurationSource.TARGET, StandardCharsets.UTF_8);
        assertThat(committed)
                .as("CladoComponentConfiguration differs from what the catalog generates: regenerate it with"
                        + " ComponentConfigurationSource.main (run in camel-clado-spring-boot-starter) and commit it")
                .isEqualTo(ComponentConfigurationSource.generate());
        assertThat(Files.readString(ComponentConfigurationSource.METADATA, StandardCharsets.UTF_8))
                .as("the IDE metadata of the defaults differs from the catalog: regenerate it with"
                        + " ComponentConfigurationSource.main and commit it")
                .isEqualTo(ComponentConfigurationSource.generateMetadata());
    }
}
