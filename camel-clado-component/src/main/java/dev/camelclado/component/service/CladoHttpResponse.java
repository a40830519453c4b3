package dev.camelclado.component.service;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/** A raw HTTP answer, before it is read into a model or an exception, with the payment made for it in mpp mode. */
public record CladoHttpResponse(int statusCode, HttpHeaders headers, byte[] body, PaymentInfo payment) {

    public CladoHttpResponse(int statusCode, HttpHeaders headers, byte[] body) {
        this(statusCode, headers, body, null);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }
}
