package dev.camelclado.sandbox.state;

import java.time.Instant;

import dev.camelclado.sandbox.http.ApiError;

/** One API key and its credit balance (1 credit = $0.01, as on Clado). */
public final class Account {

    private final String apiKey;
    private long credits;
    private final Instant lastTopupAt;

    public Account(String apiKey, long credits, Instant lastTopupAt) {
        this.apiKey = apiKey;
        this.credits = credits;
        this.lastTopupAt = lastTopupAt;
    }

    public String apiKey() {
        return apiKey;
    }

    public synchronized long credits() {
        return credits;
    }

    public Instant lastTopupAt() {
        return lastTopupAt;
    }

    /** Takes {@code amount} credits or answers 402 as Clado does, taking nothing. */
    public synchronized void charge(long amount) {
        if (amount > credits) {
            throw ApiError.detail(402, "Payment Required - Insufficient credits");
        }
        credits -= amount;
    }

    public synchronized void refund(long amount) {
        credits += amount;
    }

    @Override
    public String toString() {
        return "Account[credits=" + credits() + "]";
    }
}
