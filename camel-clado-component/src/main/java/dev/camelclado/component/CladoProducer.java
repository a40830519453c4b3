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
import dev.camelclado.component.service.MppTransport;
import dev.camelclado.component.service.RequestResolver;
import dev.camelclado.component.service.RequestValidator;

/**
 * Runs one Clado operation per exchange without blocking the route thread: the request is resolved and checked
 * on the caller's thread, sent with {@code HttpClient.sendAsync}, and the exchange continues on the I/O thread that
 * receives the answer.
 */
public class CladoProducer extends DefaultAsyncProducer {

    private static final Logger LOG = LoggerFactory.getLogger(CladoProducer.class);
    /** Exchange properties for payment idempotency: calls made, and the last call that has not answered. */
    static final String CALLS_MADE = "CamelCladoCallsMade";
    static final String FAILED_CALL = "CamelCladoUnansweredCall";
    static final String FAILED_CALL_REDELIVERIES = "CamelCladoUnansweredCallRedeliveries";

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
            CladoOperation operation = operation(exchange);
            request = RequestValidator.validate(RequestResolver.resolve(operation, exchange, getEndpoint().getConfiguration()))
                    .withCallId(callId(exchange, operation));
            if (getEndpoint().getConfiguration().getMode() == CladoMode.mpp && operation.gatewayRoute() == null) {
                throw new CladoRequestValidationException(operation, "mode", operation.uriName() + " is direct-only: the"
                        + " Locus gateway has no such route; use an endpoint with mode=direct");
            }
            if (isQuote(exchange)) {
                return quote(exchange, request, callback);
            }
            long started = System.nanoTime();
            getEndpoint().getTransport().send(request).whenComplete((response, failure) -> {
                try {
                    if (failure != null) {
                        exchange.setException(failure(request.operation(), failure));
                    } else {
                        LOG.debug("clado:{} answered HTTP {} in {} ms", request.operation(), response.statusCode(),
                                (System.nanoTime() - started) / 1_000_000);
                        getEndpoint().getResponseMapper().apply(request, response, exchange.getMessage());
                        callCompleted(exchange);
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

    private boolean isQuote(Exchange exchange) {
        Boolean header = exchange.getMessage().getHeader(CladoConstants.QUOTE, Boolean.class);
        return header != null ? header : getEndpoint().getConfiguration().isQuote();
    }

    private boolean quote(Exchange exchange, CladoRequest request, AsyncCallback callback) {
        if (!(getEndpoint().getTransport() instanceof MppTransport mpp)) {
            throw new CladoRequestValidationException(request.operation(), "quote", "quotes are read from the MPP"
                    + " gateway's 402 answer: use mode=mpp (in direct mode calls are billed in Clado credits)");
        }
        mpp.quote(request).whenComplete((quote, failure) -> {
            try {
                if (failure != null) {
                    exchange.setException(failure(request.operation(), failure));
                } else {
                    exchange.getMessage().setBody(quote);
                    exchange.getMessage().setHeader(CladoConstants.OPERATION_EXECUTED, request.operation().uriName());
                    exchange.getMessage().setHeader(CladoConstants.PRICE, quote.getAmount());
                    exchange.getMessage().setHeader(CladoConstants.PRICE_ACCEPTABLE, quote.isAcceptable());
                }
            } finally {
                callback.done(false);
            }
        });
        return false;
    }

    /**
     * Names this call for payment idempotency. A redelivery of a failed call (Camel's redelivery counter went up
     * since it was made) reuses its name, so a payment that may still settle is not made again; any other call
     * gets a new name, so a loop or a call after a handled failure pays as it should. A
     * {@code CamelCladoIdempotencyKey} header names the call explicitly, across exchanges.
     */
    private static String callId(Exchange exchange, CladoOperation operation) {
        String key = exchange.getMessage().getHeader(CladoConstants.IDEMPOTENCY_KEY, String.class);
        if (key != null && !key.isBlank()) {
            return key + "/" + operation.uriName();
        }
        int redeliveries = exchange.getMessage().getHeader(Exchange.REDELIVERY_COUNTER, 0, Integer.class);
        String failed = exchange.getProperty(FAILED_CALL, String.class);
        Integer failedAt = exchange.getProperty(FAILED_CALL_REDELIVERIES, Integer.class);
        if (failed != null && failedAt != null && redeliveries > failedAt) {
            exchange.setProperty(FAILED_CALL_REDELIVERIES, redeliveries);
            return failed;
        }
        int calls = exchange.getProperty(CALLS_MADE, 0, Integer.class) + 1;
        exchange.setProperty(CALLS_MADE, calls);
        String id = exchange.getExchangeId() + "#" + calls;
        exchange.setProperty(FAILED_CALL, id);
        exchange.setProperty(FAILED_CALL_REDELIVERIES, redeliveries);
        return id;
    }

    /** The call answered: nothing left to redeliver. */
    private static void callCompleted(Exchange exchange) {
        exchange.removeProperty(FAILED_CALL);
        exchange.removeProperty(FAILED_CALL_REDELIVERIES);
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

    private CladoException failure(CladoOperation operation, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof CladoException clado) {
            return clado;
        }
        CladoConfiguration configuration = getEndpoint().getConfiguration();
        String target = getEndpoint().getServiceUrl();
        if (cause instanceof HttpConnectTimeoutException) {
            return new CladoConnectionException(operation, "no connection to " + target
                    + " within connectTimeout (" + configuration.getConnectTimeout() + " ms)", cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return new CladoConnectionException(operation, "no answer within requestTimeout ("
                    + configuration.getRequestTimeout() + " ms); the request may still have reached Clado", cause);
        }
        if (cause instanceof ConnectException) {
            return new CladoConnectionException(operation, "cannot connect to " + target
                    + " (" + cause.getClass().getSimpleName() + ")", cause);
        }
        if (cause instanceof java.io.IOException) {
            return new CladoConnectionException(operation, "I/O error talking to " + target + ": "
                    + cause.getMessage(), cause);
        }
        return new CladoException(operation, "request failed: " + cause, cause);
    }
}
