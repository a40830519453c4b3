package dev.camelclado.component.model;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Clado's answers are read leniently: unknown fields kept aside, flags as booleans or 0/1, any status string. */
class ModelParsingTest {

    private static <T> T read(String json, Class<T> type) throws Exception {
        JsonNode tree = CladoModels.MAPPER.readTree(json);
        return CladoModels.read(tree, type);
    }

    @Test
    void profileFlagsAcceptBooleansNumbersAndStrings() throws Exception {
        PersonResult person = read("""
                {"profile":{"id":"1","name":"A","is_working":1,"is_decision_maker":0,"connections_count":500,
                 "brand_new_field":{"x":1}},"experience":[{"title":"T","is_current":"true","end_date":"1970-01-01T00:00:00"}],
                 "education":[],"awards":[{"name":"prize"}]}""", PersonResult.class);
        assertThat(person.getProfile().getIsWorking()).isTrue();
        assertThat(person.getProfile().getIsDecisionMaker()).isFalse();
        assertThat(person.getProfile().getAdditionalFields()).containsKey("brand_new_field");
        assertThat(person.getAdditionalFields().get("awards").get(0).path("name").asText()).isEqualTo("prize");
        assertThat(person.getExperience().get(0).getIsCurrent()).isTrue();
        assertThat(person.getRawJson().path("profile").path("connections_count").asInt()).isEqualTo(500);

        Profile odd = read("{\"id\":\"2\",\"is_working\":\"perhaps\",\"is_decision_maker\":true}", Profile.class);
        assertThat(odd.getIsWorking()).isNull();
        assertThat(odd.getIsDecisionMaker()).isTrue();
    }

    @Test
    void theDocumentedSearchExampleReads() throws Exception {
        SearchResponse search = read("""
                {"results":[{"profile":{"id":"3917303","name":"Alex Johnson","location_regions":["Americas","AMER"],
                "linkedin_url":"https://www.linkedin.com/in/alexjohnson","is_working":true,"projected_total_salary":150000,
                "skills":["Python"]},"experience":[{"title":"Senior Software Engineer","company_name":"TechCorp Inc",
                "start_date":"2021-01-01T00:00:00","end_date":"1970-01-01T00:00:00"}],
                "education":[{"degree":"Master of Science","field_of_study":"Computer Science"}]}],
                "total":1,"query":"software engineers in San Francisco","search_id":"3b7c1d2e-0000-4000-8000-000000000000"}""",
                SearchResponse.class);
        assertThat(search.getTotal()).isEqualTo(1);
        assertThat(search.getSearchId()).startsWith("3b7c1d2e");
        Profile profile = search.getResults().get(0).getProfile();
        assertThat(profile.getProjectedTotalSalary()).isEqualTo(150000.0);
        assertThat(profile.getLocationRegions()).containsExactly("Americas", "AMER");
        assertThat(search.getResults().get(0).getExperience().get(0).isCurrentPosition()).isTrue();
        assertThat(search.getResults().get(0).getEducation().get(0).getFieldOfStudy()).isEqualTo("Computer Science");
    }

    @Test
    void olderStatusAnswersWithEpochTimesRead() throws Exception {
        DeepResearchStatus status = read("{\"job_id\":\"j\",\"status\":\"failed\",\"created_at\":1678886400,"
                + "\"total\":3,\"error\":{\"code\":\"x\"}}", DeepResearchStatus.class);
        assertThat(status.getCreatedAt()).isEqualTo("1678886400");
        assertThat(status.getJobStatus()).isEqualTo(JobStatus.ERROR);
        assertThat(status.isTerminal()).isTrue();
        assertThat(status.getError().path("code").asText()).isEqualTo("x");
        assertThat(status.getRawJson().path("total").asInt()).isEqualTo(3);
    }

    @Test
    void anAnswerReadFromBytesKeepsThemAndParsesTheRawTreeOnceWhenAsked() throws Exception {
        byte[] json = "{\"job_id\":\"j\",\"status\":\"completed\",\"brand_new\":7,\"results\":[]}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        DeepResearchStatus status = CladoModels.read(json, DeepResearchStatus.class);
        assertThat(status.getAdditionalFields()).containsOnlyKeys("brand_new");
        JsonNode raw = status.getRawJson();
        assertThat(raw.path("brand_new").asInt()).isEqualTo(7);
        assertThat(status.getRawJson()).isSameAs(raw);
        Credits credits = CladoModels.read("{\"credits\":5}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Credits.class);
        assertThat(credits.getAdditionalFields()).isEmpty();
    }

    @Test
    void convenienceGettersStayOutOfMarshalledJson() throws Exception {
        DeepResearchStatus status = read("{\"job_id\":\"j\",\"status\":\"completed\",\"brand_new\":7}", DeepResearchStatus.class);
        JsonNode written = new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(status);
        assertThat(written.path("job_id").asText()).isEqualTo("j");
        assertThat(written.path("brand_new").asInt()).isEqualTo(7);
        assertThat(written.has("terminal")).isFalse();
        assertThat(written.has("job_status")).isFalse();
        assertThat(written.has("raw_json")).isFalse();
    }

    @Test
    void statusesAreTolerant() {
        assertThat(JobStatus.fromValue("canceled")).isEqualTo(JobStatus.CANCELLED);
        assertThat(JobStatus.fromValue("CANCELLED")).isEqualTo(JobStatus.CANCELLED);
        assertThat(JobStatus.fromValue("in_progress").isTerminal()).isFalse();
        assertThat(JobStatus.fromValue("something new")).isEqualTo(JobStatus.UNKNOWN);
        assertThat(JobStatus.fromValue(null).isTerminal()).isFalse();
        assertThat(JobStatus.fromValue(" completed ").isTerminal()).isTrue();
    }

    @Test
    void contactsPutTheBestRatedFirst() throws Exception {
        ContactsResponse contacts = read("""
                {"data":[{"error":false,"contacts":[{"type":"email","value":"b@x","rating":70,"subType":"personal"},
                {"type":"email","value":"a@x","rating":100,"subType":"work"},{"type":"phone","value":"+1","rating":90}],
                "social":[{"link":"https://www.linkedin.com/in/a","type":"li","rating":100}]}]}""", ContactsResponse.class);
        assertThat(contacts.getEmails()).containsExactly("a@x", "b@x");
        assertThat(contacts.getPhones()).containsExactly("+1");
    }
}
