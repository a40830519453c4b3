package dev.camelclado.mpp;

import dev.camelclado.mpp.core.PaymentChallenge;
import dev.camelclado.mpp.core.PaymentReceipt;
import dev.camelclado.mpp.ledger.PaymentRecord;
import dev.camelclado.mpp.tempo.TempoChargeRequest;

/**
 * A payment made for a response: the challenge and its terms, the ledger record (with the outcome and transaction
 * hash) and the receipt, when the server sent one.
 */
public record Payment(PaymentChallenge challenge, TempoChargeRequest charge, PaymentRecord record, PaymentReceipt receipt) {

    /** The receipt's reference (the settled transaction's hash), else the hash of the transaction sent. */
    public String reference() {
        if (receipt != null) {
            return receipt.reference();
        }
        return record.transactionHash();
    }
}
