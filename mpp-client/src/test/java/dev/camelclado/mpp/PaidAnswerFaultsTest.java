package dev.camelclado.mpp;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.camelclado.mpp.ledger.PaymentRecord;
import dev.camelclado.mpp.ledger.PaymentStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A gateway that misbehaves after it has been paid: whatever it answers, the payment is made once, the ledger holds
 * exactly that payment with what is known of it, and the caller gets the answer or a typed error saying whether the
 * money may have moved.
 */
class PaidAnswerFaultsTest extends MppClientTestSupport {

    private java.util.concurrent.CompletableFuture<MppResponse> send(Duration requestTimeout) {
        return client().requestTimeout(requestTimeout).build().send(request("call-1"));
    }

    private PaymentRecord onlyRecord() {
        assertThat(ledger.recordsSince(Instant.EPOCH)).hasSize(1);
        return ledger.recordsSince(Instant.EPOCH).get(0);
    }

    @Test
    void aBodyCutShortAfterPaymentIsAnUnknownOutcomeNeverRetried() throws Exception {
        server.script.add(TestMppServer.Reaction.PAID_TRUNCATED);
        Throwable failure = failure(send(Duration.ofSeconds(10)));
        assertThat(failure).isInstanceOf(PaymentOutcomeUnknownException.class).hasMessageContaining("may still settle");
        assertThat(server.paid).hasSize(1);
        assertThat(onlyRecord().status()).isEqualTo(PaymentStatus.UNKNOWN);
        assertThat(ledger.spentSince(Instant.EPOCH)).isGreaterThanOrEqualTo(BigInteger.valueOf(3000));
    }

    @Test
    void aPaidAnswerThatIsNotJsonIsStillSettledAndHandedOver() throws Exception {
        server.script.add(TestMppServer.Reaction.PAID_HTML);
        MppResponse response = await(send(Duration.ofSeconds(10)));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.bodyText()).startsWith("<html>");
        assertThat(response.payment().record().status()).isEqualTo(PaymentStatus.SETTLED);
        assertThat(onlyRecord().receiptReference()).isEqualTo(server.paid.get(0).transaction().hash());
        assertThat(server.withCredential()).hasSize(1);
    }

    @Test
    void twoDifferentReceiptsSettleOnceAndTheLedgerSaysSo() throws Exception {
        server.script.add(TestMppServer.Reaction.PAID_TWO_RECEIPTS);
        MppResponse response = await(send(Duration.ofSeconds(10)));
        PaymentRecord record = onlyRecord();
        assertThat(record.status()).isEqualTo(PaymentStatus.SETTLED);
        assertThat(record.receiptReference()).isEqualTo(server.paid.get(0).transaction().hash());
        assertThat(record.detail()).contains("2 different Payment-Receipt headers");
        assertThat(response.payment().receipt().reference()).isEqualTo(record.receiptReference());
        assertThat(server.withCredential()).hasSize(1);
    }

    @Test
    void aSlowBodyWithinTheTimeoutIsRead() throws Exception {
        server.slowBody = Duration.ofMillis(300);
        server.script.add(TestMppServer.Reaction.PAID_SLOW);
        MppResponse response = await(send(Duration.ofSeconds(10)));
        assertThat(response.bodyText()).isEqualTo("{\"ok\":true}");
        assertThat(onlyRecord().status()).isEqualTo(PaymentStatus.SETTLED);
    }

    @Test
    void aBodySlowerThanTheTimeoutIsAnUnknownOutcomeNeverRetried() throws Exception {
        server.slowBody = Duration.ofSeconds(3);
        server.script.add(TestMppServer.Reaction.PAID_SLOW);
        Throwable failure = failure(send(Duration.ofMillis(500)));
        assertThat(failure).isInstanceOf(PaymentOutcomeUnknownException.class)
                .hasRootCauseInstanceOf(java.net.http.HttpTimeoutException.class);
        assertThat(onlyRecord().status()).isEqualTo(PaymentStatus.UNKNOWN);
        assertThat(server.paid).hasSize(1);
    }

    @Test
    void aBare402AfterPaymentIsAnUnknownOutcomeNotARefusal() throws Exception {
        // a refusal would let a redelivery pay again for money the gateway kept
        server.script.add(TestMppServer.Reaction.PAID_BARE_402);
        MppResponse response = await(send(Duration.ofSeconds(10)));
        assertThat(response.statusCode()).isEqualTo(402);
        PaymentRecord record = onlyRecord();
        assertThat(record.status()).isEqualTo(PaymentStatus.UNKNOWN);
        assertThat(record.detail()).isEqualTo("HTTP 402 after the credential was sent");
        assertThat(response.payment().record()).isEqualTo(record);
        assertThat(server.paid).hasSize(1);
        assertThat(server.withCredential()).hasSize(1);
    }
}
