package dev.camelclado.component;

import java.time.Duration;

/**
 * 429: the rate limit of this key and operation is used up. {@link #getRetryAfter()} says how long to wait (Clado's
 * {@code retry_after}, 60 s when the API gives none).
 */
public class CladoRateLimitException extends CladoApiException {

    private static final long serialVersionUID = 1L;

    public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(60);

    public CladoRateLimitException(CladoOperation operation, String apiMessage, String body, Duration retryAfter) {
        super(operation, 429, apiMessage, body, retryAfter != null ? retryAfter : DEFAULT_RETRY_AFTER);
    }
}
