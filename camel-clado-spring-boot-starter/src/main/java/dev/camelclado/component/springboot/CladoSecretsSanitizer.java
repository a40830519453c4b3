package dev.camelclado.component.springboot;

import java.util.Locale;
import java.util.Set;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the clado component's secret options (those its catalog marks secret) in {@code /actuator/configprops} and
 * {@code /actuator/env}, whatever {@code show-values} says: Spring Boot 3 masks nothing by key once values are shown.
 * Matches the bound name ({@code apiKey}), the property name ({@code camel.component.clado.api-key}) and any key ending
 * like one ({@code CLADO_API_KEY}, {@code CAMEL_COMPONENT_CLADO_WALLET_PRIVATE_KEY} in the environment).
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
        String name = key.substring(key.lastIndexOf('.') + 1);
        // a suffix, so that the variables such properties are often read from (CLADO_API_KEY,
        // CAMEL_COMPONENT_CLADO_WALLET_PRIVATE_KEY) are masked as well: masking one value too many is harmless
        return SECRET_OPTIONS.stream().anyMatch(name::endsWith) ? data.withValue(SanitizableData.SANITIZED_VALUE) : data;
    }
}
