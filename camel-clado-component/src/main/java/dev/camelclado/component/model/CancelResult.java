package dev.camelclado.component.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Answer of {@code deepResearch/cancel}. {@link #isCancelled()} is false when the job had already ended (Clado's {@code success:false} or HTTP 409), which is reported, not thrown, unless {@code failOnCancelConflict=true}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class CancelResult extends CladoModel {

    private Boolean success;
    private String message;

    public Boolean getSuccess() {
        return success;
    }

    public String getMessage() {
        return message;
    }

    public CancelResult() {
    }

    /** A cancel that found the job already ended (HTTP 409). */
    public static CancelResult alreadyEnded(String message) {
        CancelResult result = new CancelResult();
        result.success = Boolean.FALSE;
        result.message = message;
        return result;
    }

    @JsonIgnore
    public boolean isCancelled() {
        return Boolean.TRUE.equals(success);
    }
}
