package dev.camelclado.mpp;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The final answer to an {@link MppRequest}, with the payment made for it, if any. */
public record MppResponse(int statusCode, HttpHeaders headers, byte[] body, Payment payment, List<Payment> refusedPayments) {

    public MppResponse {
        refusedPayments = List.copyOf(refusedPayments);
    }

    public Optional<Payment> paid() {
        return Optional.ofNullable(payment);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }
}
