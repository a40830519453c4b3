package dev.camelclado.examples.springboot;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;

import dev.camelclado.sandbox.CladoSandbox;

/**
 * Starts an embedded Clado sandbox (60 times faster than real time) and points the component at it through Spring's
 * default properties, which anything the user configures overrides; {@code -Dclado.sandbox=false} (or
 * {@code CLADO_SANDBOX=false}) leaves the real services. {@code -Dclado.mode=mpp} pays per call from a simulated
 * test wallet.
 */
final class ExampleSandbox {

    /** Hardhat's first test account: a publicly known key that must never hold real money. */
    static final String SANDBOX_WALLET_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    static final String CLOCK_BEAN = "cladoSandboxClock";

    private ExampleSandbox() {
    }

    static CladoSandbox startUnlessDisabled(SpringApplication application) {
        if ("false".equalsIgnoreCase(setting("clado.sandbox", "CLADO_SANDBOX", "true"))) {
            return null;
        }
        CladoSandbox sandbox = CladoSandbox.builder().speed(60).start();
        application.setDefaultProperties(properties(sandbox, "mpp".equalsIgnoreCase(setting("clado.mode", "CLADO_MODE", "direct"))));
        // the consumer plans its reads on the sandbox's clock, so it reads a 60x faster job as it would a real one
        application.addInitializers(context -> context.getBeanFactory().registerSingleton(CLOCK_BEAN,
                sandbox.clock().asJavaClock()));
        System.out.println("Using the embedded Clado sandbox at " + sandbox.baseUrl() + " (no account needed; 60x time)");
        return sandbox;
    }

    static Map<String, Object> properties(CladoSandbox sandbox, boolean mpp) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("camel.component.clado.base-url", sandbox.baseUrl());
        properties.put("camel.component.clado.api-key", sandbox.apiKey());
        properties.put("camel.component.clado.clock", "#" + CLOCK_BEAN);
        if (mpp) {
            properties.put("camel.component.clado.mode", "mpp");
            properties.put("camel.component.clado.gateway-url", sandbox.gatewayUrl());
            properties.put("camel.component.clado.wallet-private-key", SANDBOX_WALLET_KEY);
            properties.put("camel.component.clado.allowed-recipients", CladoSandbox.DEFAULT_RECIPIENT);
        }
        return properties;
    }

    private static String setting(String property, String env, String fallback) {
        return System.getProperty(property, System.getenv().getOrDefault(env, fallback)).trim();
    }
}
