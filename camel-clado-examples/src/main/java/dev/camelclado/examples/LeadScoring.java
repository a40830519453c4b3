package dev.camelclado.examples;

import java.util.Comparator;
import java.util.List;

import org.apache.camel.Body;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;

import dev.camelclado.component.CladoConstants;
import dev.camelclado.component.model.ContactsResponse;
import dev.camelclado.component.model.DeepResearchStatus;
import dev.camelclado.component.model.PersonResult;
import dev.camelclado.component.model.Profile;
import dev.camelclado.component.model.SearchResponse;

/**
 * The lead pipeline's judgement, kept out of the routes so the Java and YAML versions share it: which query looks
 * best, which people are the best leads, and what enrichment found.
 */
public class LeadScoring {

    private static final Comparator<Profile> BEST_LEAD_FIRST = Comparator
            .comparing((Profile p) -> !isWorkingDecisionMaker(p))
            .thenComparing(p -> p.getConnectionsCount() == null ? 0 : p.getConnectionsCount(), Comparator.reverseOrder());

    /** Scores one candidate query from the sample its search returned. */
    public QueryScore score(@Body SearchResponse sample, @Header(CladoConstants.QUERY) String query) {
        List<PersonResult> results = sample.getResults() == null ? List.of() : sample.getResults();
        int decisionMakers = (int) results.stream().map(PersonResult::getProfile)
                .filter(LeadScoring::isWorkingDecisionMaker).count();
        return new QueryScore(query, results.size(), decisionMakers);
    }

    /** The query whose sample holds the most decision makers; the first one listed on a tie. */
    public QueryScore best(@Body List<QueryScore> scores) {
        return scores.stream().max(Comparator.comparingInt(QueryScore::getDecisionMakers)
                .thenComparing(score -> -scores.indexOf(score))).orElseThrow(
                        () -> new IllegalArgumentException("no query to choose from: set leads.queries"));
    }

    /** The {@code top} best leads of a finished deep research: working decision makers first, then reach. */
    public List<Lead> topLeads(DeepResearchStatus research, int top) {
        List<PersonResult> results = research.getResults() == null ? List.of() : research.getResults();
        return results.stream().map(PersonResult::getProfile).sorted(BEST_LEAD_FIRST).limit(top).map(Lead::of).toList();
    }

    public Lead enriched(@ExchangeProperty("lead") Lead lead, @Body ContactsResponse contacts) {
        lead.enriched(contacts.getEmails(), contacts.getPhones());
        return lead;
    }

    /** A lead whose lookup the payment budget refused: kept, without contacts, saying why. */
    public Lead overBudget(@ExchangeProperty("lead") Lead lead) {
        lead.notEnriched(Lead.OVER_BUDGET);
        return lead;
    }

    private static boolean isWorkingDecisionMaker(Profile profile) {
        return Boolean.TRUE.equals(profile.getIsDecisionMaker()) && !Boolean.FALSE.equals(profile.getIsWorking());
    }
}
