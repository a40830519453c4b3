package dev.camelclado.component;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.camelclado.component.model.CancelResult;
import dev.camelclado.component.model.CladoQuote;
import dev.camelclado.component.model.ContactsResponse;
import dev.camelclado.component.model.DeepResearchStatus;
import dev.camelclado.component.model.JobStatus;
import dev.camelclado.mpp.ledger.PaymentRecord;
import dev.camelclado.mpp.ledger.PaymentStatus;
import dev.camelclado.sandbox.CladoSandbox;
import dev.camelclado.sandbox.gateway.GatewayPayment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MppModeTest extends MppTestSupport {

    static final String URL = "https://www.linkedin.com/in/alexjohnson";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // the done-when life cycle: start, status until completed, continue, status, cancel another, contacts
                from("direct:lifecycle")
                        .to(mpp("deepResearch/start", "limit=5"))
                        .to(mpp("deepResearch/status"))
                        .to(mpp("deepResearch/continue", "additionalLimit=3"))
                        .to(mpp("deepResearch/status"))
                        .setProperty("researchJob", header(CladoConstants.JOB_ID))
                        .to(mpp("deepResearch/start", "limit=2"))
                        .to(mpp("deepResearch/cancel"))
                        .setHeader(CladoConstants.LINKEDIN_URL, constant(URL))
                        .to(mpp("contacts/get"));
                from("direct:pollThrice")
                        .loop(3).to(mpp("deepResearch/status")).end();
                // copy mode: each turn works on a copy of the original exchange (and of its properties)
                from("direct:pollThriceCopying")
                        .loop(3).copy().to(mpp("deepResearch/status")).end();
                from("direct:retried")
                        .onException(CladoNotFoundException.class).maximumRedeliveries(2).redeliveryDelay(0).end()
                        .to(mpp("deepResearch/status"));
                // a failure handled in the route, then more calls in the same exchange
                from("direct:handledThenMore")
                        .doTry()
                            .to(mpp("deepResearch/status"))
                        .doCatch(CladoNotFoundException.class)
                            .setHeader(CladoConstants.LINKEDIN_URL, constant(URL))
                            .to(mpp("profile/get"))
                            .setHeader(CladoConstants.JOB_ID, exchangeProperty("realJob"))
                            .to(mpp("deepResearch/status"))
                        .end();
            }
        };
    }

    private Map<String, Object> headersFor(CladoOperation operation) {
        switch (operation) {
            case SEARCH_PEOPLE:
            case DEEP_RESEARCH_START:
                return Map.of(CladoConstants.QUERY, "gateway", CladoConstants.LIMIT, 2);
            case DEEP_RESEARCH_STATUS:
            case DEEP_RESEARCH_CANCEL:
            case DEEP_RESEARCH_CONTINUE:
                Exchange start = template.send(mpp("deepResearch/start", "query=q", "limit=2"), e -> {
                });
                return Map.of(CladoConstants.JOB_ID, start.getMessage().getHeader(CladoConstants.JOB_ID));
            case CONTACTS_GET:
            case PROFILE_SCRAPE:
            case PROFILE_GET:
                return Map.of(CladoConstants.LINKEDIN_URL, URL);
            case POST_REACTIONS:
                return Map.of(CladoConstants.POST_URL, "https://www.linkedin.com/posts/alexjohnson_activity-1");
            case BULK_CONTACTS_START:
                return Map.of(CladoConstants.LINKEDIN_URLS, List.of(URL, "https://www.linkedin.com/in/b"));
            case BULK_CONTACTS_STATUS:
                Exchange bulk = template.send(mpp("bulkContacts/start", "linkedinUrls=" + URL), e -> {
                });
                return Map.of(CladoConstants.JOB_ID, bulk.getMessage().getHeader(CladoConstants.JOB_ID));
            default:
                throw new IllegalArgumentException(operation.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(value = CladoOperation.class, mode = EnumSource.Mode.EXCLUDE, names = "ACCOUNT_CREDITS")
    void everyOperationIsPaidOnceThroughTheGateway(CladoOperation operation) {
        Map<String, Object> headers = new java.util.HashMap<>(headersFor(operation));
        int ledgerBefore = ledger.recordsSince(Instant.EPOCH).size();
        long gatewayBefore = paidToGateway();

        Exchange exchange = template.send(mpp(operation.uriName()), e -> e.getMessage().setHeaders(headers));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody()).isInstanceOf(operation.responseType());
        assertThat(exchange.getMessage().getHeader(CladoConstants.PAYMENT_STATUS)).isEqualTo("SETTLED");
        BigInteger paid = exchange.getMessage().getHeader(CladoConstants.PAID_AMOUNT, BigInteger.class);
        assertThat(paid).isPositive();
        assertThat(exchange.getMessage().getHeader(CladoConstants.PAYMENT_RECIPIENT)).isEqualTo(CladoSandbox.DEFAULT_RECIPIENT);
        assertThat(exchange.getMessage().getHeader(CladoConstants.PAYMENT_REFERENCE, String.class)).startsWith("0x");
        assertThat(paidToGateway()).isEqualTo(gatewayBefore + 1);
        List<PaymentRecord> records = ledger.recordsSince(Instant.EPOCH);
        assertThat(records).hasSize(ledgerBefore + 1);
        PaymentRecord record = records.get(records.size() - 1);
        assertThat(record.status()).isEqualTo(PaymentStatus.SETTLED);
        assertThat(record.amount()).isEqualTo(paid);
        assertThat(record.label()).isEqualTo("clado:" + operation.uriName());
        assertThat(record.payer()).isEqualTo(PAYER);
        GatewayPayment gateway = SANDBOX.sandbox().gateway().payments().get((int) gatewayBefore);
        assertThat(gateway.amount()).isEqualTo(paid);
        assertThat(gateway.operation()).isEqualTo(operation.gatewayRoute());
    }

    @Test
    void theWholeLifeCycleIsPaidExactlyOncePerCall() {
        long gatewayBefore = paidToGateway();
        int ledgerBefore = ledger.recordsSince(Instant.EPOCH).size();

        Exchange exchange = template.send("direct:lifecycle", e -> e.getMessage().setHeader(CladoConstants.QUERY, "mpp life"));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(ContactsResponse.class).getEmails()).isNotEmpty();
        List<GatewayPayment> payments = SANDBOX.sandbox().gateway().payments().subList((int) gatewayBefore, (int) paidToGateway());
        assertThat(payments).extracting(GatewayPayment::operation).containsExactly("deep-research", "deep-research-status",
                "deep-research-more", "deep-research-status", "deep-research", "deep-research-cancel", "contacts");
        assertThat(payments).extracting(p -> p.amount().longValue())
                .containsExactly(53_000L, 3000L, 33_000L, 3000L, 23_000L, 3000L, 43_000L);
        List<PaymentRecord> records = ledger.recordsSince(Instant.EPOCH);
        records = records.subList(ledgerBefore, records.size());
        assertThat(records).hasSize(7).allSatisfy(r -> assertThat(r.status()).isEqualTo(PaymentStatus.SETTLED));
        assertThat(records).extracting(PaymentRecord::receiptReference)
                .containsExactlyElementsOf(payments.stream().map(GatewayPayment::reference).toList());
        assertThat(records).extracting(PaymentRecord::challengeId).doesNotHaveDuplicates();
    }

    @Test
    void aQuoteReadsThePriceAndPaysNothing() {
        long gatewayBefore = paidToGateway();
        int ledgerBefore = ledger.recordsSince(Instant.EPOCH).size();
        Exchange exchange = template.send(mpp("search/people", "limit=20"), e -> {
            e.getMessage().setHeader(CladoConstants.QUERY, "worth it?");
            e.getMessage().setHeader(CladoConstants.QUOTE, true);
        });
        CladoQuote quote = exchange.getMessage().getBody(CladoQuote.class);
        assertThat(quote.getAmount()).isEqualTo(BigInteger.valueOf(203_000));
        assertThat(quote.getAmountUsd()).isEqualByComparingTo("0.203");
        assertThat(quote.isAcceptable()).isTrue();
        assertThat(quote.getRecipient()).isEqualTo(CladoSandbox.DEFAULT_RECIPIENT);
        assertThat(exchange.getMessage().getHeader(CladoConstants.PRICE)).isEqualTo(BigInteger.valueOf(203_000));
        assertThat(exchange.getMessage().getHeader(CladoConstants.PRICE_ACCEPTABLE)).isEqualTo(true);
        assertThat(paidToGateway()).isEqualTo(gatewayBefore);
        assertThat(ledger.recordsSince(Instant.EPOCH)).hasSize(ledgerBefore);

        Exchange tooDear = template.send(mpp("search/people", "limit=100", "maxAmount=500000", "quote=true"),
                e -> e.getMessage().setHeader(CladoConstants.QUERY, "x"));
        assertThat(tooDear.getMessage().getBody(CladoQuote.class).isAcceptable()).isFalse();
        assertThat(tooDear.getMessage().getBody(CladoQuote.class).getRefusal()).contains("over the per-call maximum");
    }

    @Test
    void overTheCapNothingIsPaid() {
        long gatewayBefore = paidToGateway();
        Exchange exchange = template.send(mpp("search/people", "limit=30", "maxAmount=100000"),
                e -> e.getMessage().setHeader(CladoConstants.QUERY, "expensive"));
        CladoPaymentRefusedException refused = failure(exchange, CladoPaymentRefusedException.class);
        assertThat(refused.getViolation()).isEqualTo("OVER_CAP");
        assertThat(refused.getAmount()).isEqualTo(BigInteger.valueOf(303_000));
        assertThat(refused.getMessage()).startsWith("clado:search/people: payment refused: the challenge asks 303000"
                + " base units ($0.303), over the per-call maximum of 100000 ($0.1); raise maxAmount to pay it");
        assertThat(paidToGateway()).isEqualTo(gatewayBefore);
        assertThat(SANDBOX.sandbox().stats().lastRequest().header("Authorization")).isNull();
    }

    @Test
    void anUnexpectedRecipientIsNotPaid() {
        Exchange exchange = template.send(mpp("profile/get", "allowedRecipients=0x0000000000000000000000000000000000000009"),
                e -> e.getMessage().setHeader(CladoConstants.LINKEDIN_URL, URL));
        assertThat(failure(exchange, CladoPaymentRefusedException.class).getViolation()).isEqualTo("RECIPIENT_NOT_ALLOWED");
    }

    @Test
    void anUnexpectedChainIsNotPaid() {
        Exchange exchange = template.send(mpp("profile/get", "allowedChainIds=4217"),
                e -> e.getMessage().setHeader(CladoConstants.LINKEDIN_URL, URL));
        assertThat(failure(exchange, CladoPaymentRefusedException.class).getViolation()).isEqualTo("CHAIN_NOT_ALLOWED");
    }

    @Test
    void theBudgetIsSharedByTheComponentsEndpoints() {
        String budget = "budgetAmount=9000";
        Exchange job = template.send(mpp("deepResearch/start", "query=b", "limit=1"), e -> {
        });
        String id = job.getMessage().getHeader(CladoConstants.JOB_ID, String.class);
        // 9000 per day on top of what this test class already spent is refused at once: budgets count the whole ledger
        Exchange refused = template.send(mpp("deepResearch/status", budget, "jobId=" + id), e -> {
        });
        assertThat(failure(refused, CladoPaymentRefusedException.class).getViolation()).isEqualTo("OVER_BUDGET");
    }

    @Test
    void aLoopInOneExchangePaysEachCall() {
        Exchange job = template.send(mpp("deepResearch/start", "query=loop", "limit=1"), e -> {
        });
        long before = paidToGateway();
        Exchange polled = template.send("direct:pollThrice",
                e -> e.getMessage().setHeader(CladoConstants.JOB_ID, job.getMessage().getHeader(CladoConstants.JOB_ID)));
        assertThat(polled.getException()).isNull();
        assertThat(paidToGateway() - before).isEqualTo(3);
    }

    @Test
    void aCopyingLoopPaysEachTurn() {
        Exchange job = template.send(mpp("deepResearch/start", "query=copy", "limit=1"), e -> {
        });
        long before = paidToGateway();
        Exchange polled = template.send("direct:pollThriceCopying",
                e -> e.getMessage().setHeader(CladoConstants.JOB_ID, job.getMessage().getHeader(CladoConstants.JOB_ID)));
        assertThat(polled.getException()).isNull();
        assertThat(paidToGateway() - before).isEqualTo(3);
    }

    @Test
    void endpointsWithoutALedgerShareTheComponentsForTheBudget() {
        String common = "clado:profile/get?mode=mpp&gatewayUrl=" + SANDBOX.baseUrl() + "&walletPrivateKey=RAW(" + PAYER_KEY
                + ")&allowedRecipients=" + CladoSandbox.DEFAULT_RECIPIENT;
        // one profile exposes 13000 + a fee limit of 4200; the second endpoint's budget of 20000 cannot take another
        Exchange first = template.send(common, e -> e.getMessage().setHeader(CladoConstants.LINKEDIN_URL, URL));
        assertThat(first.getException()).isNull();
        Exchange second = template.send(common + "&budgetAmount=20000",
                e -> e.getMessage().setHeader(CladoConstants.LINKEDIN_URL, URL));
        assertThat(failure(second, CladoPaymentRefusedException.class).getViolation()).isEqualTo("OVER_BUDGET");
    }

    @Test
    void withoutAllowedRecipientsThePayeeIsNamedAndNotPaid() {
        long before = paidToGateway();
        String uri = "clado:profile/get?mode=mpp&gatewayUrl=" + SANDBOX.baseUrl() + "&walletPrivateKey=RAW(" + PAYER_KEY + ")";
        Exchange refused = template.send(uri, e -> e.getMessage().setHeader(CladoConstants.LINKEDIN_URL, URL));
        assertThat(failure(refused, CladoPaymentRefusedException.class).getMessage())
                .contains("no recipient is allowed yet: the challenge asks to pay " + CladoSandbox.DEFAULT_RECIPIENT);
        Exchange anyone = template.send(uri + "&allowAnyRecipient=true",
                e -> e.getMessage().setHeader(CladoConstants.LINKEDIN_URL, URL));
        assertThat(anyone.getException()).isNull();
        assertThat(paidToGateway() - before).isEqualTo(1);
    }

    @Test
    void aRedeliveryNeverPaysAgainForACallWhosePaymentMayHaveSettled() {
        long before = paidToGateway();
        // the gateway takes the payment, Clado answers 404, Locus refunds; the outcome for us is UNKNOWN
        Exchange exchange = template.send("direct:retried",
                e -> e.getMessage().setHeader(CladoConstants.JOB_ID, "00000000-0000-0000-0000-00000000dead"));
        assertThat(paidToGateway() - before).isEqualTo(1);
        CladoPaymentRefusedException refused = failure(exchange, CladoPaymentRefusedException.class);
        assertThat(refused.getViolation()).isEqualTo("ALREADY_PAID");
        assertThat(refused.getMessage()).contains("may still settle");
        List<PaymentRecord> records = ledger.recordsSince(Instant.EPOCH);
        PaymentRecord paid = records.get(records.size() - 1);
        assertThat(paid.status()).isEqualTo(PaymentStatus.UNKNOWN);
        assertThat(paid.detail()).isEqualTo("HTTP 404 after the credential was sent");
        assertThat(SANDBOX.sandbox().gateway().payments().get((int) before).refunded()).isTrue();
    }

    @Test
    void badAllowListsAreConfigurationErrors() {
        assertThatThrownBy(() -> context.getEndpoint(mpp("profile/get", "allowedRecipients=alice")))
                .hasRootCauseInstanceOf(CladoConfigurationException.class)
                .hasRootCauseMessage("allowedCurrencies and allowedRecipients take comma-separated 0x addresses: not a"
                        + " 20-byte hex address: alice");
    }

    @Test
    void callsAfterAHandledFailureInTheSameExchangeArePaid() {
        Exchange job = template.send(mpp("deepResearch/start", "query=handled", "limit=1"), e -> {
        });
        long before = paidToGateway();
        Exchange exchange = template.send("direct:handledThenMore", e -> {
            e.getMessage().setHeader(CladoConstants.JOB_ID, "00000000-0000-0000-0000-0000000000aa");
            e.setProperty("realJob", job.getMessage().getHeader(CladoConstants.JOB_ID));
        });
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(DeepResearchStatus.class).getJobStatus()).isEqualTo(JobStatus.COMPLETED);
        // the refunded status of the unknown job, the profile, the status of the real job
        assertThat(paidToGateway() - before).isEqualTo(3);
    }

    @Test
    void anIdempotencyKeyStopsASecondPaymentFromAnotherExchange() {
        long before = paidToGateway();
        Exchange first = template.send(mpp("profile/get"), e -> {
            e.getMessage().setHeader(CladoConstants.LINKEDIN_URL, URL);
            e.getMessage().setHeader(CladoConstants.IDEMPOTENCY_KEY, "lead-4711");
        });
        assertThat(first.getException()).isNull();
        Exchange again = template.send(mpp("profile/get"), e -> {
            e.getMessage().setHeader(CladoConstants.LINKEDIN_URL, URL);
            e.getMessage().setHeader(CladoConstants.IDEMPOTENCY_KEY, "lead-4711");
        });
        assertThat(failure(again, CladoPaymentRefusedException.class).getViolation()).isEqualTo("ALREADY_PAID");
        Exchange otherOperation = template.send(mpp("profile/scrape"), e -> {
            e.getMessage().setHeader(CladoConstants.LINKEDIN_URL, URL);
            e.getMessage().setHeader(CladoConstants.IDEMPOTENCY_KEY, "lead-4711");
        });
        assertThat(otherOperation.getException()).isNull();
        assertThat(paidToGateway() - before).isEqualTo(2);
    }

    @Test
    void creditsAreDirectOnly() {
        assertThatThrownBy(() -> context.getEndpoint(mpp("account/credits")))
                .hasRootCauseInstanceOf(CladoConfigurationException.class)
                .hasRootCauseMessage("clado:account/credits is direct-only: the Locus gateway has no such route (mode=mpp pays"
                        + " per call, there are no credits); use mode=direct");
        Exchange overridden = template.send(mpp("profile/get"), e -> e.getMessage().setHeader(CladoConstants.OPERATION,
                "account/credits"));
        assertThat(failure(overridden, CladoRequestValidationException.class).getMessage())
                .contains("account/credits is direct-only");
    }

    @Test
    void quotesNeedMppMode() {
        Exchange exchange = template.send("clado:search/people?apiKey=k&baseUrl=" + SANDBOX.baseUrl(), e -> {
            e.getMessage().setHeader(CladoConstants.QUERY, "x");
            e.getMessage().setHeader(CladoConstants.QUOTE, true);
        });
        assertThat(failure(exchange, CladoRequestValidationException.class).getMessage()).contains("use mode=mpp");
    }

    @Test
    void theStatusOfAPaidDeepResearchIsTyped() {
        Exchange start = template.send(mpp("deepResearch/start", "query=typed", "limit=2"), e -> {
        });
        Exchange status = template.send(mpp("deepResearch/status"), e -> e.getMessage().setHeaders(start.getMessage().getHeaders()));
        assertThat(status.getMessage().getBody(DeepResearchStatus.class).getJobStatus()).isEqualTo(JobStatus.COMPLETED);
        Exchange cancel = template.send(mpp("deepResearch/cancel"), e -> e.getMessage().setHeaders(start.getMessage().getHeaders()));
        assertThat(cancel.getMessage().getBody(CancelResult.class).isCancelled()).isFalse();
    }
}
