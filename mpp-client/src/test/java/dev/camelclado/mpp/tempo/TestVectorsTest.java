package dev.camelclado.mpp.tempo;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.web3j.utils.Numeric;

import dev.camelclado.mpp.core.Base64Url;
import dev.camelclado.mpp.core.ChallengeBinding;
import dev.camelclado.mpp.wallet.Wallet;
import dev.camelclado.mpp.wallet.Wallets;

import static org.assertj.core.api.Assertions.assertThat;

/** The vectors of mpp-tempo.md §1.3 and §2.12 (ox 1.8.3 and web3j agree on them), reproduced byte for byte. */
class TestVectorsTest {

    static final String KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    static final String ADDRESS = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    static final String RECIPIENT = "0x742d35Cc6634C0532925a3b844Bc9e7595f8fE00";
    static final String CHALLENGE_ID = "kM9xPqWvT2nJrHsY4aDfEb";
    static final String REALM = "api.example.com";
    static final long CHAIN = 42431;
    static final Wallet WALLET = Wallets.fromPrivateKey(KEY);

    static final String MEMO = "0xef1ed712011ece072f76bd8b82350e000000000000000000001128fb265e760d";
    static final String CALLDATA = "0x95777d59000000000000000000000000742d35cc6634c0532925a3b844bc9e7595f8fe00000000000000"
            + "00000000000000000000000000000000000000000000000f4240ef1ed712011ece072f76bd8b82350e000000000000000000001128fb265e760d";

    static TempoTransaction.Builder vectorTransaction(byte[] memo) {
        return TempoTransaction.builder().chainId(CHAIN)
                .gasLimit(BigInteger.valueOf(300_000)).maxFeePerGas(BigInteger.valueOf(24_000_000_000L))
                .maxPriorityFeePerGas(BigInteger.valueOf(1_000_000_000L))
                .call(new TempoCall(TempoNetworks.PATH_USD, BigInteger.ZERO,
                        Tip20.transferWithMemo(RECIPIENT, BigInteger.valueOf(1_000_000), memo)))
                .validBefore(1767225600L);
    }

    @Test
    void theKeyIsTheKnownAccount() {
        assertThat(WALLET.address()).isEqualTo(ADDRESS);
    }

    @Test
    void attributionMemo() {
        assertThat(AttributionMemo.computeHex(REALM, CHALLENGE_ID, null)).isEqualTo(MEMO);
        assertThat(AttributionMemo.computeHex(REALM, CHALLENGE_ID, "my-app"))
                .isEqualTo("0xef1ed712011ece072f76bd8b82350e3a180fb9d0177aa2f3711128fb265e760d");
        assertThat(AttributionMemo.isBound(Numeric.hexStringToByteArray(MEMO), REALM, CHALLENGE_ID)).isTrue();
        assertThat(AttributionMemo.isBound(Numeric.hexStringToByteArray(MEMO), REALM, "another-id")).isFalse();
        assertThat(AttributionMemo.isBound(Numeric.hexStringToByteArray(MEMO), "evil.example.com", CHALLENGE_ID)).isFalse();
    }

    @Test
    void transferWithMemoCalldata() {
        byte[] calldata = Tip20.transferWithMemo(RECIPIENT, BigInteger.valueOf(1_000_000), Numeric.hexStringToByteArray(MEMO));
        assertThat(Numeric.toHexString(calldata)).isEqualTo(CALLDATA);
        assertThat(Numeric.toHexString(calldata)).startsWith(Tip20.TRANSFER_WITH_MEMO_SELECTOR);
        assertThat(Numeric.toHexString(Tip20.transfer(RECIPIENT, BigInteger.ONE))).startsWith(Tip20.TRANSFER_SELECTOR);
    }

    @Test
    void vectorAClientPaysItsFees() {
        TempoTransaction tx = vectorTransaction(Numeric.hexStringToByteArray(MEMO)).feeToken(TempoNetworks.PATH_USD).build();
        assertThat(Numeric.toHexString(tx.senderHash()))
                .isEqualTo("0x65246678c45d19c4d19ae2b2e0040f43ba39002a843db8128a854b2e562a1b3f");
        SignedTempoTransaction signed = tx.sign(WALLET);
        assertThat(signed.rawHex()).isEqualTo("0x76f9011582a5bf843b9aca0085059682f000830493e0f87ef87c9420c000000000000000"
                + "000000000000000000000080b86495777d59000000000000000000000000742d35cc6634c0532925a3b844bc9e7595f8fe0000"
                + "000000000000000000000000000000000000000000000000000000000f4240ef1ed712011ece072f76bd8b82350e0000000000"
                + "00000000001128fb265e760dc0a0ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff80846955b9"
                + "00809420c000000000000000000000000000000000000080c0b841fb07203fd3f008e5585ec9c471a36d5cb04f4715f45b1f26"
                + "3f404a91e309b6b2690e316514c0350908ce7ef700aacabf34cb15911d527d8d1ef15c03190d96201c");
        assertThat(signed.hash()).isEqualTo("0xcff5a6d6e32ba00d566f51ca68d80c165a036ba06c10ef068113541feba088eb");
        assertThat(signed.isFeePayerEnvelope()).isFalse();
    }

    @Test
    void vectorBFeePayerEnvelope() {
        TempoTransaction tx = vectorTransaction(Numeric.hexStringToByteArray(MEMO)).sponsored(true).build();
        assertThat(Numeric.toHexString(tx.senderSigningPayload())).endsWith("846955b900808000c0");
        assertThat(Numeric.toHexString(tx.senderHash()))
                .isEqualTo("0x5c3397b5bbb990093ce19105ed7970db4f227aa73f63a0040867287f49944399");
        SignedTempoTransaction signed = tx.sign(WALLET);
        assertThat(signed.rawHex()).isEqualTo("0x78f9011582a5bf843b9aca0085059682f000830493e0f87ef87c9420c000000000000000"
                + "000000000000000000000080b86495777d59000000000000000000000000742d35cc6634c0532925a3b844bc9e7595f8fe0000"
                + "000000000000000000000000000000000000000000000000000000000f4240ef1ed712011ece072f76bd8b82350e0000000000"
                + "00000000001128fb265e760dc0a0ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff80846955b9"
                + "00808094f39fd6e51aad88f6f4ce6ab8827279cfffb92266c0b84195c8383200c084cd0cf6e6840bd097f59af321ef35d50949"
                + "beeb8490f79de8c349170bbb74c3c94fd84d18e87fa5185c67a764eea600ccab3de58e8b7d60a49d1c");
        assertThat(signed.isFeePayerEnvelope()).isTrue();
    }

    @Test
    void proofVersion3() {
        assertThat(Numeric.toHexString(PaymentProof.digest(CHAIN, ADDRESS, CHALLENGE_ID, REALM)))
                .isEqualTo("0x3b74b00c684ff5bbec4ce778f5277c8cbf87e8fbbc33b0add952ab558a83fe18");
        assertThat(PaymentProof.sign(WALLET, CHAIN, CHALLENGE_ID, REALM)).isEqualTo("0x993cc3f89c3e0b7f6bf5ec6147bebf28"
                + "263e4601026d820a7c016dd4773d962b6728d1cedadfa1fdf0511fcf24c2cb31f51630d6219280b01004cf5c715f3d401c");
    }

    @Test
    void challengeIdGoldenVectorOfMppRs() {
        String request = Base64Url.encode("{\"amount\":\"1000000\",\"currency\":\"0x20c0000000000000000000000000000000000000\","
                + "\"recipient\":\"0x1234567890abcdef1234567890abcdef12345678\"}");
        String input = ChallengeBinding.input(REALM, "tempo", "charge", request, null, null, null, null);
        assertThat(ChallengeBinding.computeId("test-secret-key-12345".getBytes(StandardCharsets.UTF_8), input))
                .isEqualTo("XmJ98SdsAdzwP9Oa-8In322Uh6yweMO6rywdomWk_V4");
    }

    @Test
    void endToEnd() {
        String request = Base64Url.encode("{\"amount\":\"1000000\",\"currency\":\"0x20c0000000000000000000000000000000000000\","
                + "\"methodDetails\":{\"chainId\":42431},\"recipient\":\"0x742d35Cc6634C0532925a3b844Bc9e7595f8fE00\"}");
        String id = ChallengeBinding.computeId("test-vector-secret".getBytes(StandardCharsets.UTF_8),
                ChallengeBinding.input(REALM, "tempo", "charge", request, "2026-01-01T00:00:00Z", null, null, null));
        assertThat(id).isEqualTo("BVTznDvhTHtTMuEL9GiLeOlZhr_5n1uL2P3TvL-v-VI");
        byte[] memo = AttributionMemo.compute(REALM, id, null);
        assertThat(Numeric.toHexString(memo)).isEqualTo("0xef1ed712011ece072f76bd8b82350e00000000000000000000f34d266f71a337");
        SignedTempoTransaction signed = vectorTransaction(memo).feeToken(TempoNetworks.PATH_USD).build().sign(WALLET);
        assertThat(signed.hash()).isEqualTo("0x80d1d20ed9ede69a632871c2fcb1f8b019d54aed45692eb639fbd8de926cf706");
    }

    @Test
    void decodingRecoversWhatWasSigned() {
        for (boolean sponsored : new boolean[] { false, true }) {
            TempoTransaction.Builder builder = vectorTransaction(Numeric.hexStringToByteArray(MEMO)).sponsored(sponsored);
            if (!sponsored) {
                builder.feeToken(TempoNetworks.PATH_USD);
            }
            SignedTempoTransaction signed = builder.build().sign(WALLET);
            TempoTransactionDecoder.Decoded decoded = TempoTransactionDecoder.decode(signed.rawHex());
            assertThat(decoded.sender()).isEqualTo(ADDRESS);
            assertThat(decoded.hash()).isEqualTo(signed.hash());
            assertThat(decoded.sponsored()).isEqualTo(sponsored);
            assertThat(decoded.chainId()).isEqualTo(CHAIN);
            assertThat(decoded.validBefore()).isEqualTo(1767225600L);
            assertThat(decoded.nonceKey()).isEqualTo(TempoTransaction.EXPIRING_NONCE_KEY);
            assertThat(decoded.calls()).hasSize(1);
            assertThat(Numeric.toHexString(decoded.calls().get(0).data())).isEqualTo(CALLDATA);
            assertThat(decoded.feeToken()).isEqualTo(sponsored ? null : TempoNetworks.PATH_USD);
        }
    }
}
