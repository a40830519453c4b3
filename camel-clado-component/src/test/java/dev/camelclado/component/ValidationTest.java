package dev.camelclado.component;

import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad input is refused before anything is sent, with a message that names the option and says what to do. */
class ValidationTest extends CladoTestSupport {

    private long requestsBefore;

    @BeforeEach
    void countRequests() {
        requestsBefore = SANDBOX.sandbox().stats().totalRequests();
    }

    private CladoRequestValidationException refused(String endpoint, Consumer<Message> headers) {
        Exchange exchange = template.send(endpoint, e -> headers.accept(e.getMessage()));
        CladoRequestValidationException error = failure(exchange, CladoRequestValidationException.class);
        assertThat(SANDBOX.sandbox().stats().totalRequests()).as("requests sent").isEqualTo(requestsBefore);
        return error;
    }

    @Test
    void jobIdIsRequiredForJobOperations() {
        for (String operation : List.of("deepResearch/status", "deepResearch/cancel", "deepResearch/continue")) {
            CladoRequestValidationException error = refused(clado(operation), m -> {
            });
            assertThat(error.getOption()).isEqualTo("jobId");
            assertThat(error.getMessage()).isEqualTo("clado:" + operation + ": jobId is missing: set the option jobId"
                    + " or the header CamelCladoJobId (deepResearch/start sets it on its answer)");
        }
        assertThat(refused(clado("bulkContacts/status"), m -> m.setHeader(CladoConstants.JOB_ID, "  ")).getMessage())
                .endsWith("(bulkContacts/start sets it on its answer)");
    }

    @Test
    void contactsNeedExactlyOneKey() {
        assertThat(refused(clado("contacts/get"), m -> {
        }).getMessage()).isEqualTo("clado:contacts/get: exactly one of linkedinUrl, email or phone must be set (options"
                + " or headers CamelCladoLinkedinUrl, CamelCladoEmail, CamelCladoPhone), none was");
        CladoRequestValidationException two = refused(clado("contacts/get", "email=a@b.example"),
                m -> m.setHeader(CladoConstants.LINKEDIN_URL, "https://www.linkedin.com/in/a"));
        assertThat(two.getMessage()).endsWith("2 were: [linkedinUrl, email]");
        assertThat(two.getOption()).isEqualTo("linkedinUrl,email,phone");
    }

    @Test
    void contactsNeedSomethingToLookUp() {
        assertThat(refused(clado("contacts/get", "emailEnrichment=false", "phoneEnrichment=false"),
                m -> m.setHeader(CladoConstants.EMAIL, "a@b.example")).getMessage())
                .contains("emailEnrichment and phoneEnrichment are both false");
    }

    @Test
    void pageSizeMustBeOneToHundred() {
        for (int bad : new int[] { 0, 101 }) {
            assertThat(refused(clado("deepResearch/status", "jobId=j1", "page=1"), m -> m.setHeader(CladoConstants.PAGE_SIZE, bad))
                    .getMessage()).isEqualTo("clado:deepResearch/status: pageSize must be between 1 and 100, was " + bad
                            + " (option pageSize / header CamelCladoPageSize)");
        }
        assertThat(refused(clado("deepResearch/status", "jobId=j1", "page=0"), m -> {
        }).getMessage()).contains("page must be 1 or more, was 0");
    }

    @Test
    void limitMustNotExceedHundred() {
        assertThat(refused(clado("search/people", "query=x", "limit=101"), m -> {
        }).getMessage()).isEqualTo("clado:search/people: limit must be between 1 and 100, was 101 (option limit / header"
                + " CamelCladoLimit); for more results page with searchId and offset");
        assertThat(refused(clado("deepResearch/start", "query=x"), m -> m.setHeader(CladoConstants.LIMIT, 250))
                .getMessage()).endsWith("use deepResearch/continue for more results");
        assertThat(refused(clado("deepResearch/start", "query=x"), m -> m.setHeader(CladoConstants.LIMIT, 0))
                .getOption()).isEqualTo("limit");
    }

    @Test
    void queriesAreRequired() {
        assertThat(refused(clado("search/people"), m -> {
        }).getMessage()).contains("query is missing").contains("CamelCladoSearchId");
        assertThat(refused(clado("deepResearch/start"), m -> m.setHeader(CladoConstants.QUERY, "")).getMessage())
                .isEqualTo("clado:deepResearch/start: query is missing: set the option query or the header CamelCladoQuery");
    }

    @Test
    void profilesNeedALinkedinUrl() {
        assertThat(refused(clado("profile/get"), m -> {
        }).getOption()).isEqualTo("linkedinUrl");
        assertThat(refused(clado("profile/scrape"), m -> m.setHeader(CladoConstants.LINKEDIN_URL, "alex johnson"))
                .getMessage()).isEqualTo("clado:profile/scrape: linkedinUrl must be a LinkedIn URL such as"
                        + " https://www.linkedin.com/in/<handle>, was 'alex johnson'");
        assertThat(refused(clado("post/reactions"), m -> {
        }).getOption()).isEqualTo("postUrl");
    }

    @Test
    void bulkJobsAreChecked() {
        assertThat(refused(clado("bulkContacts/start"), m -> {
        }).getMessage()).contains("linkedinUrls is missing").contains("send a List of URLs as the body");
        List<String> tooMany = Collections.nCopies(5001, "https://www.linkedin.com/in/a");
        assertThat(refused(clado("bulkContacts/start"), m -> m.setBody(tooMany)).getMessage())
                .contains("linkedinUrls has 5001 URLs; Clado takes at most 5000 per job");
        assertThat(refused(clado("bulkContacts/start", "peopleIds=1"),
                m -> m.setBody(List.of("https://www.linkedin.com/in/a", "https://www.linkedin.com/in/b"))).getMessage())
                .contains("peopleIds has 1 ids for 2 linkedinUrls");
    }

    @Test
    void headersOfTheWrongTypeAreNamed() {
        CladoRequestValidationException error = refused(clado("search/people", "query=x"),
                m -> m.setHeader(CladoConstants.LIMIT, "twenty"));
        assertThat(error.getMessage()).isEqualTo("clado:search/people: header CamelCladoLimit must be an integer, was 'twenty'");
        assertThat(refused(clado("search/people", "query=x"), m -> m.setHeader(CladoConstants.ADVANCED_FILTERING, "maybe"))
                .getMessage()).contains("header CamelCladoAdvancedFiltering must be true or false, was 'maybe'");
        assertThat(refused(clado("search/people", "query=x"), m -> m.setHeader(CladoConstants.COMPANIES, 42))
                .getMessage()).contains("header CamelCladoCompanies must be a List, an array or a comma-separated String");
    }

    @Test
    void anUnknownOperationHeaderListsTheValidOnes() {
        CladoRequestValidationException error = refused(clado("deepResearch/status", "jobId=j"),
                m -> m.setHeader(CladoConstants.OPERATION, "explode"));
        assertThat(error.getMessage()).isEqualTo("header CamelCladoOperation names no operation: Unknown action 'explode'"
                + " for resource 'deepResearch'. Valid: deepResearch/start, deepResearch/status, deepResearch/cancel,"
                + " deepResearch/continue");
    }

    @Test
    void unknownResourcesAndActionsFailAtEndpointCreation() {
        assertThatThrownBy(() -> context.getEndpoint("clado:people/find"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("Unknown resource 'people'. Valid resources: search, deepResearch, contacts,"
                        + " profile, post, bulkContacts, account; valid operations: search/people, deepResearch/start,");
        assertThatThrownBy(() -> context.getEndpoint("clado:deepResearch/explode"))
                .hasMessageContaining("Unknown action 'explode' for resource 'deepResearch'. Valid: deepResearch/start,"
                        + " deepResearch/status, deepResearch/cancel, deepResearch/continue");
        assertThatThrownBy(() -> context.getEndpoint("clado:search"))
                .hasMessageContaining("Invalid clado URI 'clado:search': expected clado:resource/action, one of: search/people,");
        assertThatThrownBy(() -> context.getEndpoint("clado:search/people/extra"))
                .hasMessageContaining("expected clado:resource/action");
        assertThatThrownBy(() -> context.getEndpoint("clado:search/people?limitt=3"))
                .isInstanceOf(ResolveEndpointFailedException.class).hasMessageContaining("limitt");
    }

    @Test
    void directModeNeedsAnApiKey() {
        assertThatThrownBy(() -> context.getEndpoint("clado:account/credits?baseUrl=" + SANDBOX.baseUrl()))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .cause().isInstanceOf(CladoConfigurationException.class)
                .hasMessage("apiKey is required in direct mode: set camel.component.clado.api-key (or the endpoint"
                        + " option apiKey) to your Clado key (lk_...)")
                .extracting("option").isEqualTo("apiKey");
    }

    @Test
    void baseUrlMustBeHttpAndTheKeyStaysMaskedInTheError() {
        assertThatThrownBy(() -> context.getEndpoint("clado:account/credits?apiKey=lk_live_secret&baseUrl=search.clado.ai"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("apiKey=xxxxxx")
                .hasMessageNotContaining("lk_live_secret")
                .cause().isInstanceOf(CladoConfigurationException.class)
                .hasMessage("baseUrl must be an absolute http(s) URL such as https://search.clado.ai, was 'search.clado.ai'");
    }
}
