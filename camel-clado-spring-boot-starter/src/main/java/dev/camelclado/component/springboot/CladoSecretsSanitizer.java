package dev.camelclado.component.springboot;

import java.util.Locale;
import java.util.Set;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the clado component's secret options (those its catalog marks secret) in {@code /actuator/configprops} and
 * {@code /actuator/env}, whatever {@code show-values} says: Spring Boot 3 masks nothing by key once values are shown.
 * Matches both the bound name ({@code apiKey}) and the property name ({@code camel.component.clado.api-key}, or
 * {@code CAMEL_COMPONENT_CLADO_API_KEY} in the environment).
 */
public class CladoSecretsSanitizer implements SanitizingFunction {

    /** The catalog's secret options, lower case, without separators. */
    static final Set<String> SECRET_OPTIONS = Set.of("apikey", "walletprivatekey", "walletkeystorepassword");

    @Override
    public SanitizableData apply(SanitizableData data) {
        if (data.getValue() == null) {
            return data;
        }
        String key = data.getKey().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        String option = key.substring(key.lastIndexOf('.') + 1);
        boolean cladoProperty = key.startsWith("camel.component.clado.") || key.startsWith("camelcomponentclado")
                || !key.contains(".");
        String unprefixed = key.startsWith("camelcomponentclado") ? key.substring("camelcomponentclado".length()) : option;
        return cladoProperty && SECRET_OPTIONS.contains(unprefixed) ? data.withValue(SanitizableData.SANITIZED_VALUE) : data;
    }
}
