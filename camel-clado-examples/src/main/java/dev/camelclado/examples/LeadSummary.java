package dev.camelclado.examples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/** The summary the lead pipeline POSTs to the CRM webhook: what was researched and the leads, without the CSV. */
public class LeadSummary {

    public Map<String, Object> summarise(List<Lead> leads, Integer researched, String jobId) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("source", "clado deep research");
        summary.put("jobId", jobId);
        summary.put("peopleResearched", researched);
        summary.put("leads", leads.size());
        summary.put("withEmail", leads.stream().filter(lead -> !lead.getEmails().isEmpty()).count());
        summary.put("withPhone", leads.stream().filter(lead -> !lead.getPhones().isEmpty()).count());
        summary.put("skippedOverBudget", leads.stream().filter(lead -> Lead.OVER_BUDGET.equals(lead.getEnrichment())).count());
        summary.put("people", leads);
        return summary;
    }
}
