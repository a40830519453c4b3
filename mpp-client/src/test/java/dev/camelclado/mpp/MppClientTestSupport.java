package dev.camelclado.mpp;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import dev.camelclado.mpp.ledger.InMemoryPaymentLedger;
import dev.camelclado.mpp.policy.PaymentPolicy;
import dev.camelclado.mpp.wallet.Wallets;

/** A {@link TestMppServer} and a ledger per test, and a client paying it from Hardhat account #0. */
abstract class MppClientTestSupport {

    static final String KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    static final byte[] BODY = "{\"jobId\":\"job-1\",\"note\":\"caf\u00e9\"}".getBytes(StandardCharsets.UTF_8);

    TestMppServer server;
    InMemoryPaymentLedger ledger;

    @BeforeEach
    void start() throws Exception {
        server = new TestMppServer();
        ledger = new InMemoryPaymentLedger();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static PaymentPolicy.Builder policy() {
        return PaymentPolicy.builder().allowedRecipients(java.util.Set.of(TestMppServer.RECIPIENT));
    }

    MppClient.Builder client() {
        return MppClient.builder().wallet(Wallets.fromPrivateKey(KEY)).ledger(ledger).policy(policy().build());
    }

    MppRequest request(String key) {
        return MppRequest.postJson(URI.create(server.url("/clado/deep-research-status")), BODY, "test:status", key);
    }

    static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(20, TimeUnit.SECONDS);
    }

    static Throwable failure(CompletableFuture<?> future) {
        try {
            future.get(20, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("expected a failure");
    }
}
