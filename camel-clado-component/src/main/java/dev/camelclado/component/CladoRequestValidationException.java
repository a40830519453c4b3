package dev.camelclado.component;

/**
 * A request was refused before anything was sent: a required field is missing or a value is out of range. The
 * message names the option (and its header) and says what to change. Nothing was sent, so nothing was charged.
 */
public class CladoRequestValidationException extends CladoException {

    private static final long serialVersionUID = 1L;

    private final String option;

    public CladoRequestValidationException(CladoOperation operation, String option, String problem) {
        super(operation, problem);
        this.option = option;
    }

    /** The option (or options, comma-separated) at fault. */
    public String getOption() {
        return option;
    }
}
