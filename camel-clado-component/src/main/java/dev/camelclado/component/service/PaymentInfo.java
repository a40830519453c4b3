package dev.camelclado.component.service;

import java.math.BigInteger;

import dev.camelclado.mpp.Payment;

/** What was paid for a call in mpp mode, as the route sees it in headers. */
public record PaymentInfo(BigInteger amount, String currency, String recipient, Long chainId, String challengeId,
        String reference, String transactionHash, String status, String ledgerRecordId, String payer) {

    public static PaymentInfo of(Payment payment) {
        return new PaymentInfo(payment.charge().amount(), payment.charge().currency(), payment.charge().recipient(),
                payment.charge().chainId(), payment.challenge().id(), payment.reference(), payment.record().transactionHash(),
                payment.record().status().name(), payment.record().id(), payment.record().payer());
    }
}
