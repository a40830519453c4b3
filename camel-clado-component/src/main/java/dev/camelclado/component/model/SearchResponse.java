package dev.camelclado.component.model;

import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Answer of {@code search/people}. Page on with {@link #getSearchId()} and an offset. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class SearchResponse extends CladoModel {

    private List<PersonResult> results;
    private Integer total;
    private String query;
    private String searchId;

    public List<PersonResult> getResults() {
        return results;
    }

    /** Number of results in this answer. */
    public Integer getTotal() {
        return total;
    }

    public String getQuery() {
        return query;
    }

    public String getSearchId() {
        return searchId;
    }
}
