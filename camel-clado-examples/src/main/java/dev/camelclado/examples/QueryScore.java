package dev.camelclado.examples;

/** How promising a search query looks from a sample of its results: how many are decision makers at work. */
public class QueryScore {

    private final String query;
    private final int sampled;
    private final int decisionMakers;

    public QueryScore(String query, int sampled, int decisionMakers) {
        this.query = query;
        this.sampled = sampled;
        this.decisionMakers = decisionMakers;
    }

    public String getQuery() {
        return query;
    }

    public int getSampled() {
        return sampled;
    }

    public int getDecisionMakers() {
        return decisionMakers;
    }

    @Override
    public String toString() {
        return "'" + query + "': " + decisionMakers + " of " + sampled;
    }
}
