package dev.camelclado.mpp;

import java.util.List;

/** A 402 offered no challenge this client can pay (it pays {@code tempo}/{@code charge}). */
public class NoSupportedChallengeException extends MppPaymentException {

    private static final long serialVersionUID = 1L;

    public NoSupportedChallengeException(String message) {
        super(message, List.of(), null);
    }
}
