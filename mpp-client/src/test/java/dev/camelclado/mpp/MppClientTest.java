package dev.camelclado.mpp;

import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.camelclado.mpp.ledger.InMemoryPaymentLedger;
import dev.camelclado.mpp.ledger.PaymentRecord;
import dev.camelclado.mpp.ledger.PaymentStatus;
import dev.camelclado.mpp.policy.PaymentPolicy;
import dev.camelclado.mpp.policy.PaymentRefusedException;
import dev.camelclado.mpp.policy.PolicyViolation;
import dev.camelclado.mpp.policy.SpendingBudget;

import static dev.camelclado.mpp.TestMppServer.Reaction.ACCEPT;
import static dev.camelclado.mpp.TestMppServer.Reaction.DROP;
import static dev.camelclado.mpp.TestMppServer.Reaction.INTERNAL_PAYMENT_ERROR;
import static dev.camelclado.mpp.TestMppServer.Reaction.REDIRECT;
import static dev.camelclado.mpp.TestMppServer.Reaction.REFUSE_SAME_ID;
import static dev.camelclado.mpp.TestMppServer.Reaction.REFUSE_WITH_FRESH;
import static dev.camelclado.mpp.TestMppServer.Reaction.UPSTREAM_502;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MppClientTest extends MppClientTestSupport {

    @Test
    void paysOnceAndRecordsTheSettledPayment() throws Exception {
        MppResponse response = await(client().build().send(request("r1")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.bodyText()).isEqualTo("{\"ok\":true}");
        Payment payment = response.payment();
        assertThat(payment.charge().amount()).isEqualTo(BigInteger.valueOf(3000));
        assertThat(payment.record().status()).isEqualTo(PaymentStatus.SETTLED);
        assertThat(payment.receipt().reference()).isEqualTo(payment.record().transactionHash());
        assertThat(payment.reference()).isEqualTo(server.paid.get(0).transaction().hash());
        assertThat(server.paid).hasSize(1);
        assertThat(server.received).hasSize(2);
        // the identical request, twice: same method, path and body bytes; the first without a credential
        assertThat(server.received).allSatisfy(r -> {
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.body()).isEqualTo(new String(BODY, StandardCharsets.UTF_8));
            assertThat(r.header("Accept-Payment")).isEqualTo("tempo/charge");
        });
        assertThat(server.received.get(0).header("Authorization")).isNull();
        PaymentRecord record = ledger.recordsSince(java.time.Instant.EPOCH).get(0);
        assertThat(record.challengeId()).isEqualTo(payment.challenge().id());
        assertThat(record.recipient()).isEqualTo(TestMppServer.RECIPIENT);
        assertThat(record.receiptReference()).isEqualTo(payment.receipt().reference());
        assertThat(record.label()).isEqualTo("test:status");
    }

    @Test
    void aRefusedCredentialIsReplacedForAFreshChallengeWithinTheAttempts() throws Exception {
        server.script.add(REFUSE_WITH_FRESH);
        MppResponse response = await(client().build().send(request("r1")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.refusedPayments()).hasSize(1);
        assertThat(response.refusedPayments().get(0).record().status()).isEqualTo(PaymentStatus.REFUSED);
        assertThat(response.refusedPayments().get(0).record().detail()).contains("verification-failed");
        assertThat(response.payment().challenge().id()).isNotEqualTo(response.refusedPayments().get(0).challenge().id());
        assertThat(server.paid).hasSize(1);
        // 3000 paid, plus the most its network fee can cost: 350,000 gas x 1.2e10 attodollars = 4200 base units
        assertThat(ledger.spentSince(java.time.Instant.EPOCH)).isEqualTo(BigInteger.valueOf(3000 + 4200));
        assertThat(response.payment().record().networkFee()).isEqualTo(BigInteger.valueOf(4200));
    }

    @Test
    void anInternalPaymentErrorIsARefusalNeverASuccess() throws Exception {
        server.script.add(INTERNAL_PAYMENT_ERROR);
        server.script.add(INTERNAL_PAYMENT_ERROR);
        Throwable failure = failure(client().build().send(request("r1")));
        assertThat(failure).isInstanceOf(PaymentRejectedException.class);
        PaymentRejectedException rejected = (PaymentRejectedException) failure;
        assertThat(rejected.statusCode()).isEqualTo(500);
        assertThat(rejected.problemCode()).isEqualTo("internal-payment-error");
        assertThat(rejected.payments()).hasSize(2).allSatisfy(p -> assertThat(p.record().status()).isEqualTo(PaymentStatus.REFUSED));
        assertThat(server.withCredential()).hasSize(2);
        assertThat(ledger.spentSince(java.time.Instant.EPOCH)).isZero();
    }

    @Test
    void theSameChallengeIsNeverPaidAgain() {
        server.script.add(REFUSE_SAME_ID);
        Throwable failure = failure(client().build().send(request("r1")));
        assertThat(failure).isInstanceOf(PaymentRejectedException.class);
        assertThat(((PaymentRejectedException) failure).problemCode()).isEqualTo("invalid-challenge");
        assertThat(server.withCredential()).hasSize(1);
    }

    @Test
    void oneAttemptMeansNoReplacement() {
        server.script.add(REFUSE_WITH_FRESH);
        assertThat(failure(client().maxPaymentAttempts(1).build().send(request("r1"))))
                .isInstanceOf(PaymentRejectedException.class);
        assertThat(server.withCredential()).hasSize(1);
    }

    @Test
    void anErrorAfterPaymentLeavesTheOutcomeUnknownAndIsNotRetried() throws Exception {
        server.script.add(UPSTREAM_502);
        MppResponse response = await(client().build().send(request("r1")));
        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.payment().record().status()).isEqualTo(PaymentStatus.UNKNOWN);
        assertThat(server.withCredential()).hasSize(1);
        assertThat(ledger.spentSince(java.time.Instant.EPOCH)).isEqualTo(BigInteger.valueOf(3000 + 4200));
    }

    @Test
    void aLostConnectionAfterTheCredentialIsUnknownAndNotRetried() {
        server.script.add(DROP);
        Throwable failure = failure(client().build().send(request("r1")));
        assertThat(failure).isInstanceOf(PaymentOutcomeUnknownException.class).hasMessageContaining("may still settle");
        PaymentOutcomeUnknownException unknown = (PaymentOutcomeUnknownException) failure;
        assertThat(unknown.payments()).hasSize(1);
        assertThat(unknown.payments().get(0).record().status()).isEqualTo(PaymentStatus.UNKNOWN);
        assertThat(unknown.payments().get(0).record().transactionHash()).startsWith("0x");
        assertThat(server.withCredential()).hasSize(1);
    }

    @Test
    void aRedirectWithTheCredentialIsNotFollowed() throws Exception {
        server.script.add(REDIRECT);
        MppResponse response = await(client().build().send(request("r1")));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.payment().record().status()).isEqualTo(PaymentStatus.UNKNOWN);
        assertThat(server.received).noneMatch(r -> r.path().equals("/elsewhere"));
    }

    @Test
    void theSameRequestIsNotPaidTwice() throws Exception {
        MppClient client = client().build();
        await(client.send(request("exchange-42")));
        Throwable second = failure(client.send(request("exchange-42")));
        assertThat(second).isInstanceOf(PaymentRefusedException.class);
        assertThat(((PaymentRefusedException) second).violation()).isEqualTo(PolicyViolation.ALREADY_PAID);
        assertThat(server.paid).hasSize(1);
        assertThat(server.withCredential()).hasSize(1);
        assertThat(await(client.send(request("exchange-43"))).statusCode()).isEqualTo(200);
    }

    @Test
    void policyRefusalsSignAndSendNothing() {
        server.price = 2_000_000;
        Throwable overCap = failure(client().build().send(request("r1")));
        assertThat(overCap).isInstanceOf(PaymentRefusedException.class).hasMessageContaining("over the per-call maximum");
        server.price = 3000;
        Throwable wrongRecipient = failure(client().policy(PaymentPolicy.builder()
                .allowedRecipients(java.util.Set.of("0x0000000000000000000000000000000000000009")).build()).build().send(request("r2")));
        assertThat(((PaymentRefusedException) wrongRecipient).violation()).isEqualTo(PolicyViolation.RECIPIENT_NOT_ALLOWED);
        Throwable overBudget = failure(client().policy(policy()
                .budget(new SpendingBudget(BigInteger.valueOf(2999), Duration.ofHours(1))).build()).build().send(request("r3")));
        assertThat(((PaymentRefusedException) overBudget).violation()).isEqualTo(PolicyViolation.OVER_BUDGET);
        assertThat(server.withCredential()).isEmpty();
        assertThat(ledger.recordsSince(java.time.Instant.EPOCH)).isEmpty();
    }

    @Test
    void theCredentialGoesWhereTheChallengeSaysAndTheCallerKeepsItsAuthorization() throws Exception {
        server.paymentAuthorizationHeader = true;
        MppRequest request = new MppRequest("POST", URI.create(server.url("/clado/contacts")),
                java.util.Map.of("Authorization", "Bearer app-token", "Content-Type", "application/json"), BODY, "t", "r1");
        MppResponse response = await(client().build().send(request));
        assertThat(response.statusCode()).isEqualTo(200);
        TestMppServer.Received paid = server.withCredential().get(0);
        assertThat(paid.header("Payment-Authorization")).startsWith("Payment ");
        assertThat(paid.header("Authorization")).isEqualTo("Bearer app-token");
    }

    @Test
    void aQuoteReadsThePriceAndPaysNothing() throws Exception {
        server.price = 303_000;
        PaymentQuote quote = await(client().build().quote(request("r1")));
        assertThat(quote.paymentRequired()).isTrue();
        assertThat(quote.amount()).isEqualTo(BigInteger.valueOf(303_000));
        assertThat(quote.acceptable()).isTrue();
        assertThat(quote.charge().recipient()).isEqualTo(TestMppServer.RECIPIENT);
        PaymentQuote tooDear = await(client().policy(policy().maxAmount(BigInteger.valueOf(100_000)).build())
                .build().quote(request("r1")));
        assertThat(tooDear.acceptable()).isFalse();
        assertThat(tooDear.refusal().violation()).isEqualTo(PolicyViolation.OVER_CAP);
        assertThat(server.withCredential()).isEmpty();
        assertThat(ledger.recordsSince(java.time.Instant.EPOCH)).isEmpty();
        // a quote needs no wallet, and shows a recipient the default policy would refuse to pay
        PaymentQuote unconfigured = await(MppClient.builder().build().quote(request("r1")));
        assertThat(unconfigured.amount()).isEqualTo(BigInteger.valueOf(303_000));
        assertThat(unconfigured.acceptable()).isFalse();
        assertThat(unconfigured.refusal().getMessage()).contains("asks to pay " + TestMppServer.RECIPIENT);
    }

    @Test
    void plainHttpOnlyToLoopbackAndNeverARedirectingClient() {
        MppRequest remote = MppRequest.postJson(URI.create("http://clado.mpp.paywithlocus.com/clado/search"), BODY, "t", "k");
        assertThat(failure(client().build().send(remote))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plain http is allowed for loopback addresses only");
        assertThat(failure(client().build().send(MppRequest.postJson(URI.create("http://[::1]:1/x"), BODY, "t", "k"))))
                .isNotInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client().httpClient(java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NORMAL).build()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not follow redirects");
    }

    @Test
    void aRefusedTransactionCountsAgainstTheBudgetWhileItCouldStillSettle() {
        // room for one payment (3000 + a fee limit of 4200): the refused one's transaction is still valid for 25 s,
        // so its replacement would exceed the budget and is not signed
        server.script.add(REFUSE_WITH_FRESH);
        Throwable failure = failure(client().policy(policy().budget(new SpendingBudget(BigInteger.valueOf(7200),
                Duration.ofHours(1))).build()).build().send(request("r1")));
        assertThat(failure).isInstanceOf(PaymentRefusedException.class);
        assertThat(((PaymentRefusedException) failure).violation()).isEqualTo(PolicyViolation.OVER_BUDGET);
        assertThat(server.withCredential()).hasSize(1);
        PaymentRecord refused = ledger.recordsSince(java.time.Instant.EPOCH).get(0);
        assertThat(refused.status()).isEqualTo(PaymentStatus.REFUSED);
        assertThat(refused.validBefore()).isAfter(java.time.Instant.now());
        assertThat(ledger.spentSince(java.time.Instant.EPOCH)).isZero();
        assertThat(ledger.committedSince(java.time.Instant.EPOCH, java.time.Instant.now())).isEqualTo(BigInteger.valueOf(7200));
        assertThat(ledger.committedSince(java.time.Instant.EPOCH, refused.validBefore())).isZero();
    }

    @Test
    void aHostileReplacementChallengeIsCheckedLikeTheFirst() {
        for (TestMppServer.Reaction hostile : java.util.List.of(TestMppServer.Reaction.REFUSE_WITH_DEARER,
                TestMppServer.Reaction.REFUSE_WITH_OTHER_RECIPIENT, TestMppServer.Reaction.REFUSE_WITH_EXPIRED)) {
            server.price = 3000;
            server.script.add(hostile);
            int before = server.withCredential().size();
            Throwable failure = failure(client().build().send(request("hostile-" + hostile)));
            assertThat(failure).as(hostile.name()).isInstanceOf(PaymentRefusedException.class);
            assertThat(((PaymentRefusedException) failure).violation()).as(hostile.name())
                    .isIn(PolicyViolation.OVER_CAP, PolicyViolation.RECIPIENT_NOT_ALLOWED, PolicyViolation.EXPIRED);
            assertThat(server.withCredential().size() - before).as("credentials sent").isEqualTo(1);
        }
    }

    @Test
    void aLedgerOutageAfterAPaidAnswerDoesNotLoseTheAnswer() throws Exception {
        InMemoryPaymentLedger failing = new InMemoryPaymentLedger() {
            @Override
            public synchronized PaymentRecord complete(String id, PaymentStatus status, String reference, String detail,
                    java.time.Instant now) {
                throw new IllegalStateException("database down");
            }
        };
        MppResponse response = await(client().ledger(failing).build().send(request("r1")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.payment().record().status()).isEqualTo(PaymentStatus.SETTLED);
        // the stored record stays PENDING, which keeps counting against budgets and blocks paying the request again
        assertThat(failing.find(response.payment().record().id()).orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void concurrentRequestsNeverOverspendTheBudget() throws Exception {
        MppClient client = client().policy(policy().budget(new SpendingBudget(BigInteger.valueOf(5 * 7200),
                Duration.ofHours(1))).build()).build();
        java.util.List<java.util.concurrent.CompletableFuture<MppResponse>> calls = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            calls.add(client.send(request("parallel-" + i)));
        }
        int paid = 0;
        int refused = 0;
        for (java.util.concurrent.CompletableFuture<MppResponse> call : calls) {
            try {
                call.get(20, TimeUnit.SECONDS);
                paid++;
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(PaymentRefusedException.class);
                refused++;
            }
        }
        assertThat(paid).isEqualTo(5);
        assertThat(refused).isEqualTo(7);
        assertThat(server.paid).hasSize(5);
    }

    @Test
    void anAnswerOtherThan402PassesThroughUnpaid() throws Exception {
        server.price = -1;
        MppResponse free = await(client().build().send(new MppRequest("GET", URI.create(server.url("/free")),
                java.util.Map.of(), null, "free", "r1")));
        assertThat(free.statusCode()).isEqualTo(200);
        assertThat(free.payment()).isNull();
        assertThat(free.bodyText()).isEqualTo("{\"free\":true}");
        assertThat(server.received).hasSize(1);
        assertThat(ledger.recordsSince(java.time.Instant.EPOCH)).isEmpty();
    }

    @Test
    void aZeroPriceIsPaidWithAProof() throws Exception {
        server.price = 0;
        // a zero price is paid with a proof: no transaction, no money
        MppResponse response = await(client().build().send(request("r1")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.payment().record().transactionHash()).isNull();
        assertThat(server.paid.get(0).transaction()).isNull();
        assertThat(server.paid.get(0).payer()).isEqualTo("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    }
}
