package dev.camelclado.sandbox.gateway;

import java.math.BigInteger;
import java.time.Instant;

/** A payment the sandbox gateway accepted: what for, who paid, how much, the settled reference, and any refund. */
public record GatewayPayment(String operation, String payer, BigInteger amount, String currency, String challengeId,
        String reference, boolean sponsored, boolean refunded, Instant at) {
}
