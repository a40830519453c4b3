package dev.camelclado.examples;

import org.apache.camel.main.Main;

import dev.camelclado.sandbox.CladoSandbox;

/**
 * Points an example at an embedded Clado sandbox, unless {@code -Dclado.sandbox=false} (or {@code CLADO_SANDBOX=false})
 * says to use the real API with the key from {@code camel.component.clado.api-key} /
 * {@code CAMEL_COMPONENT_CLADO_API_KEY}.
 */
public final class ExampleSandbox {

    /** Sandbox time runs this much faster than real time, so a two-minute job takes two seconds. */
    public static final double SPEED = 60;

    private ExampleSandbox() {
    }

    public static boolean enabled() {
        String value = System.getProperty("clado.sandbox", System.getenv().getOrDefault("CLADO_SANDBOX", "true"));
        return !"false".equalsIgnoreCase(value.trim());
    }

    /** Starts a sandbox and configures the component for it; returns null when the real API is used. */
    public static CladoSandbox configure(Main main) {
        if (!enabled()) {
            System.out.println("Using the real Clado API (clado.sandbox=false)");
            return null;
        }
        CladoSandbox sandbox = CladoSandbox.builder().speed(SPEED).start();
        main.addInitialProperty("camel.component.clado.base-url", sandbox.baseUrl());
        main.addInitialProperty("camel.component.clado.api-key", sandbox.apiKey());
        System.out.println("Using the embedded Clado sandbox at " + sandbox.baseUrl() + " (no account needed; "
                + (int) SPEED + "x time)");
        return sandbox;
    }
}
