package dev.camelclado.mpp.server;

import java.math.BigInteger;

import dev.camelclado.mpp.tempo.TempoChargeRequest;
import dev.camelclado.mpp.tempo.TempoTransactionDecoder;

/** A credential that passed verification: who pays what, and the transaction (null for a zero-amount proof). */
public record VerifiedCharge(String challengeId, String payer, TempoChargeRequest request,
        TempoTransactionDecoder.Decoded transaction) {

    public BigInteger amount() {
        return request.amount();
    }
}
