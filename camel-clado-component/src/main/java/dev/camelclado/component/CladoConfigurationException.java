package dev.camelclado.component;

/**
 * An endpoint's options cannot work together (no API key in direct mode, a base URL that is not http(s), a
 * non-positive timeout). Raised when the route starts, before any request.
 */
public class CladoConfigurationException extends CladoException {

    private static final long serialVersionUID = 1L;

    private final String option;

    public CladoConfigurationException(String option, String problem) {
        super(null, problem);
        this.option = option;
    }

    /** The option at fault. */
    public String getOption() {
        return option;
    }
}
