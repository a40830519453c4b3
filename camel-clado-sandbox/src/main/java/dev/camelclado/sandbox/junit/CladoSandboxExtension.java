package dev.camelclado.sandbox.junit;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import dev.camelclado.sandbox.CladoSandbox;

/**
 * Runs a {@link CladoSandbox} around tests. As a {@code static} {@code @RegisterExtension} field it lives for the
 * whole class; as an instance field, for each test. {@code CladoSandbox} test parameters are injected.
 *
 * <pre>
 * &#64;RegisterExtension
 * static CladoSandboxExtension sandbox = new CladoSandboxExtension(CladoSandbox.builder().speed(60));
 * ... "clado:search/people?baseUrl=" + sandbox.baseUrl() + "&amp;apiKey=" + sandbox.apiKey()
 * </pre>
 */
public class CladoSandboxExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private final CladoSandbox.Builder builder;
    private CladoSandbox sandbox;
    private boolean perTest;

    public CladoSandboxExtension() {
        this(CladoSandbox.builder());
    }

    public CladoSandboxExtension(CladoSandbox.Builder builder) {
        this.builder = builder;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        sandbox = builder.start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (sandbox == null) {
            perTest = true;
            sandbox = builder.start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (perTest) {
            stop();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    private void stop() {
        if (sandbox != null) {
            sandbox.close();
            sandbox = null;
        }
    }

    /** The running sandbox. */
    public CladoSandbox sandbox() {
        if (sandbox == null) {
            throw new IllegalStateException("the Clado sandbox runs only while a test of this class runs");
        }
        return sandbox;
    }

    public String baseUrl() {
        return sandbox().baseUrl();
    }

    public String apiKey() {
        return sandbox().apiKey();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == CladoSandbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return sandbox();
    }
}
