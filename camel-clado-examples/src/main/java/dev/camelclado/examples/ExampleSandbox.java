package dev.camelclado.examples;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.main.Main;

import dev.camelclado.component.CladoComponent;
import dev.camelclado.mpp.ledger.InMemoryPaymentLedger;
import dev.camelclado.sandbox.CladoSandbox;

/**
 * Points an example at an embedded Clado sandbox, unless {@code -Dclado.sandbox=false} (or {@code CLADO_SANDBOX=false})
 * says to use the real services with the configured key or wallet ({@code application.properties} or the
 * {@link #ENVIRONMENT} variables). {@code -Dclado.mode=mpp} (or {@code CLADO_MODE=mpp})
 * pays each call through the (sandbox) Locus gateway instead of using an API key.
 */
public final class ExampleSandbox {

    /** Sandbox time runs this much faster than real time, so a two-minute job takes two seconds. */
    public static final double SPEED = 60;
    /**
     * Hardhat's first test account: a publicly known key that must never hold real money. The sandbox gateway
     * simulates its balance.
     */
    public static final String SANDBOX_WALLET_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    /** The sandbox's clock, for the consumers' schedules. */
    public static final String CLOCK_BEAN = "cladoSandboxClock";
    /** Where examples record their payments, for the spend report. */
    public static final String LEDGER_BEAN = "cladoLedger";

    /**
     * Environment variables the examples read for the real services. (Camel 4.18's Main does not bind
     * {@code CAMEL_COMPONENT_CLADO_API_KEY}-style variables to multi-word options, so they are mapped here.)
     */
    static final Map<String, String> ENVIRONMENT = orderedMap(
            "CLADO_BASE_URL", "base-url",
            "CLADO_GATEWAY_URL", "gateway-url",
            "CLADO_ALLOWED_RECIPIENTS", "allowed-recipients");
    /** The keys' variables: read here and set on the component, never passed through Camel's properties. */
    static final String API_KEY_VARIABLE = "CLADO_API_KEY";
    static final String WALLET_KEY_VARIABLE = "CLADO_WALLET_PRIVATE_KEY";

    private ExampleSandbox() {
    }

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    public static boolean enabled() {
        return !"false".equalsIgnoreCase(setting("clado.sandbox", "CLADO_SANDBOX", "true"));
    }

    public static boolean mpp() {
        return "mpp".equalsIgnoreCase(setting("clado.mode", "CLADO_MODE", "direct"));
    }

    private static String setting(String property, String env, String fallback) {
        return System.getProperty(property, System.getenv().getOrDefault(env, fallback)).trim();
    }

    /** Starts a sandbox and configures the component for it; returns null when the real services are used. */
    public static CladoSandbox configure(Main main) {
        if (mpp()) {
            main.bind(LEDGER_BEAN, new InMemoryPaymentLedger());
            main.addInitialProperty("camel.component.clado.mode", "mpp");
            main.addInitialProperty("camel.component.clado.ledger", "#" + LEDGER_BEAN);
        }
        if (!enabled()) {
            System.out.println("Using the real Clado services (clado.sandbox=false" + (mpp() ? ", paying per call" : "") + ")");
            ENVIRONMENT.forEach((variable, option) -> {
                if (System.getenv(variable) != null) {
                    main.addInitialProperty("camel.component.clado." + option, "{{env:" + variable + "}}");
                }
            });
            bindKeys(main, System.getenv(API_KEY_VARIABLE), System.getenv(WALLET_KEY_VARIABLE));
            return null;
        }
        CladoSandbox sandbox = CladoSandbox.builder().speed(SPEED).start();
        // consumers plan their reads on the sandbox's clock, so they read a 60x faster job as they would a real one
        main.bind(CLOCK_BEAN, sandbox.clock().asJavaClock());
        main.addInitialProperty("camel.component.clado.clock", "#" + CLOCK_BEAN);
        main.addInitialProperty("camel.component.clado.base-url", sandbox.baseUrl());
        bindKeys(main, sandbox.apiKey(), mpp() ? SANDBOX_WALLET_KEY : null);
        if (mpp()) {
            main.addInitialProperty("camel.component.clado.gateway-url", sandbox.gatewayUrl());
            main.addInitialProperty("camel.component.clado.allowed-recipients", CladoSandbox.DEFAULT_RECIPIENT);
        }
        System.out.println("Using the embedded Clado sandbox at " + sandbox.baseUrl() + " (no account needed; "
                + (int) SPEED + "x time" + (mpp() ? "; paying per call from a simulated test wallet" : "") + ")");
        return sandbox;
    }

    /**
     * Sets the keys on the component itself. As properties they would show: Camel Main logs property values and
     * resolved placeholders at DEBUG, and its INFO summary masks only the option names it knows (not walletPrivateKey).
     */
    private static void bindKeys(Main main, String apiKey, String walletPrivateKey) {
        CladoComponent clado = new CladoComponent();
        clado.getConfiguration().setApiKey(apiKey);
        clado.getConfiguration().setWalletPrivateKey(walletPrivateKey);
        main.bind("clado", clado);
    }
}
