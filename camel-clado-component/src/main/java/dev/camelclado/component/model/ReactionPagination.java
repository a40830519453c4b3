package dev.camelclado.component.model;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Paging of post reactions. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class ReactionPagination {

    private Integer currentPage;
    private Integer totalPages;
    @JsonDeserialize(using = LenientBooleanDeserializer.class)
    private Boolean hasNext;
    private final Map<String, JsonNode> additionalFields = new LinkedHashMap<>();

    public Integer getCurrentPage() {
        return currentPage;
    }

    public Integer getTotalPages() {
        return totalPages;
    }

    public Boolean getHasNext() {
        return hasNext;
    }

    /** Fields this model does not name (Clado adds fields often); the raw JSON has them too. */
    @JsonAnyGetter
    public Map<String, JsonNode> getAdditionalFields() {
        return additionalFields;
    }

    @JsonAnySetter
    void putAdditionalField(String name, JsonNode value) {
        additionalFields.put(name, value);
    }
}
