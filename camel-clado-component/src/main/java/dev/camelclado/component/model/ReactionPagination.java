package dev.camelclado.component.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Paging of post reactions. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class ReactionPagination extends OpenModel {

    private Integer currentPage;
    private Integer totalPages;
    @JsonDeserialize(using = LenientBooleanDeserializer.class)
    private Boolean hasNext;

    public Integer getCurrentPage() {
        return currentPage;
    }

    public Integer getTotalPages() {
        return totalPages;
    }

    public Boolean getHasNext() {
        return hasNext;
    }
}
