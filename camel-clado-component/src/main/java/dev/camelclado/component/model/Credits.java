package dev.camelclado.component.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Answer of {@code account/credits} (1 credit = $0.01). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class Credits extends CladoModel {

    private Long credits;
    private String lastTopupAt;

    public Long getCredits() {
        return credits;
    }

    /** Null if credits were never bought. */
    public String getLastTopupAt() {
        return lastTopupAt;
    }
}
