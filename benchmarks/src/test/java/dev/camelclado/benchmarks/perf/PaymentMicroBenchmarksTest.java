package dev.camelclado.benchmarks.perf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.camelclado.mpp.core.PaymentChallenge;
import dev.camelclado.mpp.core.PaymentCredential;
import dev.camelclado.mpp.server.ChargeVerifier;
import dev.camelclado.mpp.server.VerifiedCharge;
import dev.camelclado.mpp.tempo.TempoChargeSigner;
import dev.camelclado.mpp.tempo.TempoTransactionDecoder;
import dev.camelclado.mpp.wallet.Wallets;

import static org.assertj.core.api.Assertions.assertThat;

/** The micro benchmarks measure payments the gateway accepts, and their section reports every one of them. */
class PaymentMicroBenchmarksTest {

    private static final String PAYER = Wallets.fromPrivateKey(BenchSandbox.PAYER_KEY).address();

    private final PaymentMicroBenchmarks benchmarks = new PaymentMicroBenchmarks();

    @BeforeEach
    void setUp() {
        benchmarks.setUp();
    }

    @Test
    void signChargeSignsEachChallengesTransferAsThePayer() {
        for (int i = 0; i < 3; i++) {
            TempoChargeSigner.SignedCharge signed = benchmarks.signCharge();

            TempoTransactionDecoder.Decoded tx = TempoTransactionDecoder.decode(signed.transaction().rawHex());
            assertThat(tx.sender()).isEqualToIgnoringCase(PAYER);
            assertThat(tx.chainId()).isEqualTo(benchmarks.charges[i].chainId());
            // the gateway accepts it for its own request: token, recipient, amount, memo bound to this challenge
            VerifiedCharge verified = new ChargeVerifier(benchmarks.issuer)
                    .verify(signed.credential().headerValue(), benchmarks.expected, benchmarks.opaques[i]);
            assertThat(verified.challengeId()).isEqualTo(benchmarks.challenges[i].id());
        }
    }

    @Test
    void thePoolHoldsDistinctChallenges() {
        assertThat(Arrays.stream(benchmarks.challenges).map(PaymentChallenge::id).distinct())
                .hasSize(PaymentMicroBenchmarks.POOL);
    }

    @Test
    void challengeToCredentialProducesACredentialTheGatewayAccepts() {
        for (int i = 0; i < 3; i++) {
            String credential = benchmarks.challengeToCredential();

            assertThat(credential).startsWith("Payment ");
            assertThat(PaymentCredential.decode(credential).path("challenge").path("id").asText())
                    .isEqualTo(benchmarks.challenges[i].id());
            VerifiedCharge verified = new ChargeVerifier(benchmarks.issuer)
                    .verify(credential, benchmarks.expected, benchmarks.opaques[i]);
            assertThat(verified.payer()).isEqualToIgnoringCase(PAYER);
            assertThat(verified.amount()).isEqualTo(benchmarks.charges[i].amount());
        }
    }

    @Test
    void verifyChargeAcceptsEveryCredentialOfTheIteration() {
        PaymentMicroBenchmarks.Presented presented = new PaymentMicroBenchmarks.Presented();
        presented.sign(benchmarks);

        List<VerifiedCharge> verified = new ArrayList<>();
        // twice round the pool: a fresh verifier per call accepts a credential again, as every invocation needs
        for (int i = 0; i < 2 * PaymentMicroBenchmarks.POOL; i++) {
            verified.add(benchmarks.verifyCharge(presented));
        }

        assertThat(verified).allSatisfy(charge -> assertThat(charge.payer()).isEqualToIgnoringCase(PAYER));
        assertThat(verified.get(PaymentMicroBenchmarks.POOL).challengeId()).isEqualTo(verified.get(0).challengeId());
    }

    @Test
    void theSectionHasFiguresForEveryBenchmark() throws Exception {
        Section section = PaymentMicroSection.run(Effort.smoke());

        assertThat(section.rows()).extracting(row -> row.get(0))
                .containsExactly("`signCharge`", "`challengeToCredential`", "`verifyCharge`");
        // figures only, never judged: a smoke run's numbers mean nothing
        assertThat(section.rows()).allSatisfy(row -> {
            assertThat(leadingNumber(row.get(2))).isPositive();
            assertThat(leadingNumber(row.get(3))).isPositive();
            assertThat(leadingNumber(row.get(4))).isPositive();
        });
        assertThat(section.findings()).anySatisfy(finding -> assertThat(finding).contains("2 ms p50"));
    }

    private static double leadingNumber(String cell) {
        return Double.parseDouble(cell.split(" ")[0].replace(",", ""));
    }
}
