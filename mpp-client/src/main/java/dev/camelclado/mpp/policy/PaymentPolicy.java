package dev.camelclado.mpp.policy;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.camelclado.mpp.core.PaymentChallenge;
import dev.camelclado.mpp.tempo.Addresses;
import dev.camelclado.mpp.tempo.TempoChargeRequest;
import dev.camelclado.mpp.tempo.TempoNetworks;

/**
 * The rules a challenge must meet before anything is signed: not expired, at most {@link #maxAmount()} per call,
 * on an allowed chain, in an allowed token, to an allowed recipient (when an allow-list is set), splits that leave
 * the primary recipient something, a mode this client can use. The budget is checked by the ledger, atomically with
 * recording the payment.
 */
public final class PaymentPolicy {

    /** $1.00 in 6-decimal base units. */
    public static final BigInteger DEFAULT_MAX_AMOUNT = BigInteger.valueOf(1_000_000);
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(5);

    private final BigInteger maxAmount;
    private final SpendingBudget budget;
    private final Map<Long, Set<String>> allowedCurrencies;
    private final Set<String> allowedRecipients;
    private final Set<String> allowedRealms;
    private final Duration clockSkew;
    private final boolean anyRecipient;

    private PaymentPolicy(Builder b) {
        this.maxAmount = b.maxAmount;
        this.budget = b.budget;
        Map<Long, Set<String>> currencies = new HashMap<>();
        b.allowedCurrencies.forEach((chain, tokens) -> currencies.put(chain,
                tokens.stream().map(Addresses::normalize).collect(Collectors.toUnmodifiableSet())));
        this.allowedCurrencies = Map.copyOf(currencies);
        this.allowedRecipients = b.allowedRecipients.stream().map(Addresses::normalize).collect(Collectors.toUnmodifiableSet());
        this.allowedRealms = b.allowedRealms.stream().map(r -> r.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.clockSkew = b.clockSkew;
        this.anyRecipient = b.anyRecipient;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Tempo mainnet and testnet with their default tokens, at most $1.00 a call, no budget, and no recipient: set
     * {@link Builder#allowedRecipients} (or {@link Builder#allowAnyRecipient}) to pay anyone.
     */
    public static PaymentPolicy defaults() {
        return builder().build();
    }

    /**
     * Checks a challenge against every rule except the budget.
     *
     * @throws PaymentRefusedException naming the first rule broken
     */
    public void check(PaymentChallenge challenge, TempoChargeRequest request, Instant now) {
        String id = challenge.id();
        BigInteger amount = request.amount();
        if (challenge.expiresAt() != null && !now.plus(clockSkew).isBefore(challenge.expiresAt())) {
            throw refuse(PolicyViolation.EXPIRED, "challenge " + id + " expired at " + challenge.expires()
                    + " (now " + now + ", allowing " + clockSkew.toSeconds() + " s of clock skew)", amount, id);
        }
        if (!allowedRealms.isEmpty() && !allowedRealms.contains(challenge.realm().toLowerCase(Locale.ROOT))) {
            throw refuse(PolicyViolation.REALM_NOT_ALLOWED, "realm " + challenge.realm() + " is not one of "
                    + allowedRealms, amount, id);
        }
        if (amount.compareTo(maxAmount) > 0) {
            throw refuse(PolicyViolation.OVER_CAP, "the challenge asks " + amount + " base units ("
                    + usd(amount) + "), over the per-call maximum of " + maxAmount + " (" + usd(maxAmount)
                    + "); raise maxAmount to pay it", amount, id);
        }
        Long chainId = request.chainId();
        if (chainId == null || !allowedCurrencies.containsKey(chainId)) {
            throw refuse(PolicyViolation.CHAIN_NOT_ALLOWED, "chain " + chainId + " is not allowed (allowed: "
                    + allowedCurrencies.keySet() + ")", amount, id);
        }
        if (!allowedCurrencies.get(chainId).contains(Addresses.normalize(request.currency()))) {
            throw refuse(PolicyViolation.CURRENCY_NOT_ALLOWED, "token " + request.currency() + " is not allowed on chain "
                    + chainId + " (allowed: " + allowedCurrencies.get(chainId) + ")", amount, id);
        }
        recipient(request.recipient(), amount, id);
        if (!request.splits().isEmpty()) {
            if (request.splitTotal().compareTo(amount) >= 0) {
                throw refuse(PolicyViolation.INVALID_SPLITS, "splits add up to " + request.splitTotal()
                        + ", not less than the amount " + amount, amount, id);
            }
            for (TempoChargeRequest.Split split : request.splits()) {
                if (split.amount().signum() <= 0) {
                    throw refuse(PolicyViolation.INVALID_SPLITS, "a split of " + split.amount() + " is not positive", amount, id);
                }
                recipient(split.recipient(), amount, id);
            }
        }
        if (!request.allowsPull()) {
            throw refuse(PolicyViolation.MODE_NOT_SUPPORTED, "the server accepts only " + request.supportedModes()
                    + "; this client pays in pull mode (a signed transaction the server broadcasts)", amount, id);
        }
    }

    private void recipient(String recipient, BigInteger amount, String id) {
        if (allowedRecipients.isEmpty() && !anyRecipient) {
            throw refuse(PolicyViolation.RECIPIENT_NOT_ALLOWED, "no recipient is allowed yet: the challenge asks to pay "
                    + recipient + "; add it to allowedRecipients if that is the payee you expect", amount, id);
        }
        if (!anyRecipient && !allowedRecipients.contains(Addresses.normalize(recipient))) {
            throw refuse(PolicyViolation.RECIPIENT_NOT_ALLOWED, "recipient " + recipient + " is not on the allow-list",
                    amount, id);
        }
    }

    private static PaymentRefusedException refuse(PolicyViolation violation, String message, BigInteger amount, String id) {
        return new PaymentRefusedException(violation, "payment refused: " + message, amount, id);
    }

    /** Base units as dollars, for messages: 3000 is $0.003. */
    public static String usd(BigInteger baseUnits) {
        return "$" + new java.math.BigDecimal(baseUnits, TempoNetworks.DECIMALS).stripTrailingZeros().toPlainString();
    }

    public BigInteger maxAmount() {
        return maxAmount;
    }

    public SpendingBudget budget() {
        return budget;
    }

    public Map<Long, Set<String>> allowedCurrencies() {
        return allowedCurrencies;
    }

    public Set<String> allowedRecipients() {
        return allowedRecipients;
    }

    public Duration clockSkew() {
        return clockSkew;
    }

    @Override
    public String toString() {
        return "PaymentPolicy[maxAmount=" + maxAmount + ", budget=" + budget + ", chains=" + allowedCurrencies.keySet()
                + ", recipients=" + (anyRecipient ? "any" : allowedRecipients) + "]";
    }

    /** Policy settings. */
    public static final class Builder {
        private BigInteger maxAmount = DEFAULT_MAX_AMOUNT;
        private SpendingBudget budget;
        private final Map<Long, Set<String>> allowedCurrencies = new HashMap<>(TempoNetworks.DEFAULT_CURRENCIES);
        private final Set<String> allowedRecipients = new HashSet<>();
        private final Set<String> allowedRealms = new HashSet<>();
        private Duration clockSkew = DEFAULT_CLOCK_SKEW;
        private boolean anyRecipient;

        private Builder() {
        }

        /**
         * Pays whatever recipient a challenge names (within the other rules). Off by default: a server that
         * redirects payments elsewhere is then stopped by the allow-list.
         */
        public Builder allowAnyRecipient(boolean anyRecipient) {
            this.anyRecipient = anyRecipient;
            return this;
        }

        /** The most one call may cost, in base units (6 decimals: 1,000,000 is $1). */
        public Builder maxAmount(BigInteger maxAmount) {
            if (maxAmount == null || maxAmount.signum() < 0) {
                throw new IllegalArgumentException("maxAmount is zero or more base units");
            }
            this.maxAmount = maxAmount;
            return this;
        }

        public Builder budget(SpendingBudget budget) {
            this.budget = budget;
            return this;
        }

        /** Replaces the allowed chains and tokens: chain id to token addresses. */
        public Builder allowedCurrencies(Map<Long, Set<String>> currencies) {
            if (currencies == null || currencies.isEmpty()) {
                throw new IllegalArgumentException("at least one chain and token must be allowed");
            }
            this.allowedCurrencies.clear();
            this.allowedCurrencies.putAll(currencies);
            return this;
        }

        /** Recipients that may be paid (split recipients included). */
        public Builder allowedRecipients(Set<String> recipients) {
            this.allowedRecipients.clear();
            this.allowedRecipients.addAll(recipients);
            return this;
        }

        /** Realms whose challenges may be paid; empty (the default) allows any. */
        public Builder allowedRealms(Set<String> realms) {
            this.allowedRealms.clear();
            this.allowedRealms.addAll(realms);
            return this;
        }

        /** A challenge is treated as expired this long before its {@code expires}, for clocks that disagree. */
        public Builder clockSkew(Duration clockSkew) {
            if (clockSkew == null || clockSkew.isNegative()) {
                throw new IllegalArgumentException("clockSkew is zero or positive");
            }
            this.clockSkew = clockSkew;
            return this;
        }

        public PaymentPolicy build() {
            return new PaymentPolicy(this);
        }
    }
}
