package dev.camelclado.component;

import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletionException;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelclado.component.service.CladoRequest;
import dev.camelclado.component.service.RequestResolver;
import dev.camelclado.component.service.RequestValidator;

/**
 * Runs one Clado operation per exchange without blocking the route thread: the request is resolved and checked
 * on the caller's thread, sent with {@code HttpClient.sendAsync}, and the exchange continues on the I/O thread that
 * receives the answer.
 */
public class CladoProducer extends DefaultAsyncProducer {

    private static final Logger LOG = LoggerFactory.getLogger(CladoProducer.class);

    public CladoProducer(CladoEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public CladoEndpoint getEndpoint() {
        return (CladoEndpoint) super.getEndpoint();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        CladoRequest request;
        try {
            request = RequestValidator.validate(RequestResolver.resolve(operation(exchange), exchange,
                    getEndpoint().getConfiguration()));
            long started = System.nanoTime();
            getEndpoint().getTransport().send(request).whenComplete((response, failure) -> {
                try {
                    if (failure != null) {
                        exchange.setException(connectionError(request.operation(), failure));
                    } else {
                        LOG.debug("clado:{} answered HTTP {} in {} ms", request.operation(), response.statusCode(),
                                (System.nanoTime() - started) / 1_000_000);
                        getEndpoint().getResponseMapper().apply(request, response, exchange.getMessage());
                    }
                } catch (Exception e) {
                    exchange.setException(e);
                } finally {
                    callback.done(false);
                }
            });
            return false;
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
    }

    private CladoOperation operation(Exchange exchange) {
        Object override = exchange.getMessage().getHeader(CladoConstants.OPERATION);
        if (override == null || override.toString().isBlank()) {
            return getEndpoint().getOperation();
        }
        try {
            return CladoOperation.parse(override, getEndpoint().getResource());
        } catch (IllegalArgumentException e) {
            throw new CladoRequestValidationException(null, "operation", "header " + CladoConstants.OPERATION
                    + " names no operation: " + e.getMessage());
        }
    }

    private CladoException connectionError(CladoOperation operation, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        CladoConfiguration configuration = getEndpoint().getConfiguration();
        if (cause instanceof HttpConnectTimeoutException) {
            return new CladoConnectionException(operation, "no connection to " + configuration.getBaseUrl()
                    + " within connectTimeout (" + configuration.getConnectTimeout() + " ms)", cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return new CladoConnectionException(operation, "no answer within requestTimeout ("
                    + configuration.getRequestTimeout() + " ms); the request may still have reached Clado", cause);
        }
        if (cause instanceof ConnectException) {
            return new CladoConnectionException(operation, "cannot connect to " + configuration.getBaseUrl()
                    + " (" + cause.getClass().getSimpleName() + ")", cause);
        }
        if (cause instanceof java.io.IOException) {
            return new CladoConnectionException(operation, "I/O error talking to " + configuration.getBaseUrl() + ": "
                    + cause.getMessage(), cause);
        }
        return new CladoException(operation, "request failed: " + cause, cause);
    }
}
