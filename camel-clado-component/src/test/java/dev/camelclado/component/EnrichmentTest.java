package dev.camelclado.component;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelclado.component.model.ContactsResponse;
import dev.camelclado.component.model.Credits;
import dev.camelclado.component.model.PersonResult;
import dev.camelclado.component.model.PostReactionsResponse;
import dev.camelclado.component.model.ScrapeResponse;

import static org.assertj.core.api.Assertions.assertThat;

class EnrichmentTest extends CladoTestSupport {

    private static final String ALEX = "https://www.linkedin.com/in/alexjohnson";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:contacts").to(clado("contacts/get"));
                from("direct:scrape").to(clado("profile/scrape"));
                from("direct:profile").to(clado("profile/get"));
                from("direct:reactions").to(clado("post/reactions"));
                from("direct:credits").to(clado("account/credits"));
            }
        };
    }

    @Test
    void contactsByLinkedinUrlAskForEmailsByDefault() {
        Exchange exchange = template.send("direct:contacts", e -> e.getMessage().setHeader(CladoConstants.LINKEDIN_URL, ALEX));
        assertThat(exchange.getException()).isNull();
        ContactsResponse contacts = exchange.getMessage().getBody(ContactsResponse.class);
        assertThat(contacts.getEmails()).hasSize(1).allSatisfy(email -> assertThat(email).contains("@"));
        assertThat(contacts.getPhones()).isEmpty();
        assertThat(contacts.getData().get(0).getError()).isFalse();
        assertThat(contacts.getData().get(0).getContacts().get(0).getSubType()).isEqualTo("work");
        assertThat(contacts.getData().get(0).getSocial().get(0).getLink()).isEqualTo(ALEX);
        assertThat(exchange.getMessage().getHeader(CladoConstants.RESULT_COUNT)).isEqualTo(1);
        assertThat(SANDBOX.sandbox().stats().lastRequest().rawQuery())
                .isEqualTo("linkedin_url=https%3A%2F%2Fwww.linkedin.com%2Fin%2Falexjohnson&email_enrichment=true");
    }

    @Test
    void contactsByEmailWithPhonesAndEmails() {
        Exchange exchange = template.send(clado("contacts/get", "emailEnrichment=true", "phoneEnrichment=true"),
                e -> e.getMessage().setHeader(CladoConstants.EMAIL, "alex.johnson@example.com"));
        ContactsResponse contacts = exchange.getMessage().getBody(ContactsResponse.class);
        assertThat(contacts.getEmails()).hasSize(1);
        assertThat(contacts.getPhones()).hasSize(1).allSatisfy(phone -> assertThat(phone).startsWith("+1-555-"));
    }

    @Test
    void contactsByPhoneThatFindNothingAreAnEmptyRecordNotAnError() {
        Exchange exchange = template.send("direct:contacts", e -> e.getMessage().setHeader(CladoConstants.PHONE, "+1-000-not-found"));
        assertThat(exchange.getException()).isNull();
        ContactsResponse contacts = exchange.getMessage().getBody(ContactsResponse.class);
        assertThat(contacts.getData().get(0).getError()).isTrue();
        assertThat(contacts.getEmails()).isEmpty();
        assertThat(exchange.getMessage().getHeader(CladoConstants.RESULT_COUNT)).isEqualTo(0);
    }

    @Test
    void scrapeReadsTheCamelCaseLiveProfile() {
        Exchange exchange = template.send("direct:scrape", e -> e.getMessage().setHeader(CladoConstants.LINKEDIN_URL, ALEX));
        ScrapeResponse scrape = exchange.getMessage().getBody(ScrapeResponse.class);
        assertThat(scrape.getProfile().getFirstName()).isNotBlank();
        assertThat(scrape.getProfile().getGeo().getFull()).isNotBlank();
        assertThat(scrape.getProfile().getFullPositions()).isNotEmpty();
        assertThat(scrape.getProfile().getPublicIdentifier()).isEqualTo("alexjohnson");
        assertThat(scrape.getPosts()).hasSize(2);
        assertThat(scrape.getData().getConnection()).isPositive();
    }

    @Test
    void profileGetAsksForTheModernFormat() {
        Exchange exchange = template.send("direct:profile", e -> e.getMessage().setHeader(CladoConstants.LINKEDIN_URL, ALEX));
        PersonResult person = exchange.getMessage().getBody(PersonResult.class);
        // modern field names: a legacy answer would carry linkedin_profile_url and num_of_connections instead
        assertThat(person.getProfile().getLinkedinUrl()).isEqualTo(ALEX);
        assertThat(person.getProfile().getConnectionsCount()).isPositive();
        assertThat(person.getEducation()).isNotEmpty();
        assertThat(SANDBOX.sandbox().stats().lastRequest().rawQuery()).endsWith("&legacy=false");
    }

    @Test
    void aNonProfileLinkedinUrlIsTheApisOwn400() {
        Exchange exchange = template.send("direct:profile",
                e -> e.getMessage().setHeader(CladoConstants.LINKEDIN_URL, "https://www.linkedin.com/company/acme"));
        CladoApiException error = failure(exchange, CladoApiException.class);
        assertThat(error.getStatusCode()).isEqualTo(400);
        assertThat(error.getApiMessage()).startsWith("Invalid LinkedIn URL");
    }

    @Test
    void postReactionsPageUntilTheLastPage() {
        String post = "https://www.linkedin.com/posts/alexjohnson_activity-123456789";
        int reactions = 0;
        Integer page = 1;
        Integer total = null;
        while (page != null) {
            Integer current = page;
            Exchange exchange = template.send("direct:reactions", e -> {
                e.getMessage().setHeader(CladoConstants.POST_URL, post);
                e.getMessage().setHeader(CladoConstants.PAGE, current);
            });
            PostReactionsResponse body = exchange.getMessage().getBody(PostReactionsResponse.class);
            reactions += body.getData().getReactions().size();
            total = body.getData().getTotalReactions();
            assertThat(body.getData().getReactionBreakdown()).containsKeys("like", "love");
            page = exchange.getMessage().getHeader(CladoConstants.NEXT_PAGE, Integer.class);
        }
        assertThat(reactions).isEqualTo(total);
    }

    @Test
    void postReactionsFilterByType() {
        Exchange exchange = template.send(clado("post/reactions", "reactionType=love"),
                e -> e.getMessage().setHeader(CladoConstants.POST_URL, "https://www.linkedin.com/posts/x_activity-1"));
        PostReactionsResponse body = exchange.getMessage().getBody(PostReactionsResponse.class);
        assertThat(body.getData().getReactions()).allSatisfy(r -> assertThat(r.getReactionType()).isEqualTo("love"));
        assertThat(SANDBOX.sandbox().stats().lastRequest().rawQuery()).contains("reaction_type=love");
    }

    @Test
    void creditsAreInTheBodyAndAHeader() {
        long before = SANDBOX.sandbox().credits(API_KEY);
        Exchange exchange = template.send("direct:credits", e -> {
        });
        Credits credits = exchange.getMessage().getBody(Credits.class);
        assertThat(credits.getCredits()).isEqualTo(before);
        assertThat(credits.getLastTopupAt()).isNotBlank();
        assertThat(exchange.getMessage().getHeader(CladoConstants.CREDITS)).isEqualTo(before);
    }
}
