package dev.camelclado.component.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Answer of {@code post/reactions}: one page of reactions and the breakdown by type. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class PostReactionsResponse extends CladoModel {

    private PostReactions data;

    public PostReactions getData() {
        return data;
    }
}
