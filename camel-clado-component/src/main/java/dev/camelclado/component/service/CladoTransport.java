package dev.camelclado.component.service;

import java.util.concurrent.CompletableFuture;

/**
 * How a {@link CladoRequest} reaches Clado and is paid for. Direct mode calls the Clado API with an API key;
 * a pay-per-call transport maps the same request to the MPP gateway. Implementations never block the caller: the
 * future completes on an I/O thread.
 */
public interface CladoTransport {

    CompletableFuture<CladoHttpResponse> send(CladoRequest request);
}
