package dev.camelclado.sandbox.gateway;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Simulated token balances per payer address (base units). A payer the sandbox has not seen starts with the
 * configured opening balance, so examples run without funding a wallet.
 */
public final class PayerBalances {

    private final BigInteger opening;
    private final Map<String, BigInteger> balances = new ConcurrentHashMap<>();

    public PayerBalances(BigInteger opening) {
        this.opening = opening;
    }

    private static String key(String address) {
        return address.toLowerCase(Locale.ROOT);
    }

    public BigInteger balance(String address) {
        return balances.getOrDefault(key(address), opening);
    }

    public void set(String address, BigInteger amount) {
        balances.put(key(address), amount);
    }

    /** Takes {@code amount} if the payer has it. */
    public synchronized boolean debit(String address, BigInteger amount) {
        BigInteger balance = balance(address);
        if (balance.compareTo(amount) < 0) {
            return false;
        }
        balances.put(key(address), balance.subtract(amount));
        return true;
    }

    public synchronized void credit(String address, BigInteger amount) {
        balances.put(key(address), balance(address).add(amount));
    }
}
