package dev.camelclado.component;

import java.time.Duration;

/**
 * The Clado API answered with an HTTP error. Carries the operation, the status code and the API's own message, so
 * {@code onException} and redelivery policies can tell a 429 (retry later) from a 404 (give up). Specific statuses
 * have their own subclasses.
 */
public class CladoApiException extends CladoException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final String apiMessage;
    private final String responseBody;
    private final Duration retryAfter;

    public CladoApiException(CladoOperation operation, int statusCode, String apiMessage, String responseBody,
                             Duration retryAfter) {
        super(operation, "HTTP " + statusCode + (apiMessage == null || apiMessage.isEmpty() ? "" : ": " + apiMessage));
        this.statusCode = statusCode;
        this.apiMessage = apiMessage;
        this.responseBody = responseBody;
        this.retryAfter = retryAfter;
    }

    /** The exception type for a status: {@code 401/403, 402, 404, 409, 429, 5xx} each have their own. */
    public static CladoApiException of(CladoOperation operation, int statusCode, String apiMessage, String body,
                                       Duration retryAfter) {
        switch (statusCode) {
            case 401, 403:
                return new CladoAuthenticationException(operation, statusCode, apiMessage, body);
            case 402:
                return new CladoInsufficientCreditsException(operation, apiMessage, body);
            case 404:
                return new CladoNotFoundException(operation, apiMessage, body);
            case 409:
                return new CladoJobConflictException(operation, apiMessage, body);
            case 429:
                return new CladoRateLimitException(operation, apiMessage, body, retryAfter);
            default:
                return statusCode >= 500
                        ? new CladoServerException(operation, statusCode, apiMessage, body, retryAfter)
                        : new CladoApiException(operation, statusCode, apiMessage, body, retryAfter);
        }
    }

    public int getStatusCode() {
        return statusCode;
    }

    /** Clado's message ({@code detail}, {@code error} or {@code message} of the body), or null. */
    public String getApiMessage() {
        return apiMessage;
    }

    /** The raw response body. */
    public String getResponseBody() {
        return responseBody;
    }

    /** How long the API asked to wait ({@code retry_after} or {@code Retry-After}), or null. */
    public Duration getRetryAfter() {
        return retryAfter;
    }

    /** Whether the same request may succeed later: 429, 408 and 5xx. */
    public boolean isRetryable() {
        return statusCode == 429 || statusCode == 408 || statusCode >= 500;
    }
}
