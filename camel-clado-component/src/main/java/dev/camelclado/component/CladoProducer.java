package dev.camelclado.component;

import java.time.Instant;
import java.util.UUID;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelclado.component.service.CladoRequest;
import dev.camelclado.component.service.MppTransport;
import dev.camelclado.component.service.PaymentInfo;
import dev.camelclado.component.service.RequestResolver;
import dev.camelclado.component.service.RequestValidator;
import dev.camelclado.component.service.RequestField;
import dev.camelclado.component.service.ResponseMapper;
import dev.camelclado.component.watch.JobKind;
import dev.camelclado.component.watch.JobRegistration;

/**
 * Runs one Clado operation per exchange without blocking the route thread: the request is resolved and checked
 * on the caller's thread, sent with {@code HttpClient.sendAsync}, and the exchange continues on the I/O thread that
 * receives the answer.
 */
public class CladoProducer extends DefaultAsyncProducer {

    private static final Logger LOG = LoggerFactory.getLogger(CladoProducer.class);
    /** Exchange properties for payment idempotency: the call whose payment may still be pending. */
    static final String PENDING_CALL = "CamelCladoPendingCall";
    static final String PENDING_CALL_REDELIVERIES = "CamelCladoPendingCallRedeliveries";
    /** Clado's default {@code limit} of a deep research and {@code additional_limit} of a continue. */
    private static final int DEFAULT_DEEP_RESEARCH_LIMIT = 30;

    public CladoProducer(CladoEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        // A toD() or a template can make a producer while the CamelContext is still starting, before the context
        // starts the new endpoint: the endpoint's transport must exist before the first call.
        ServiceHelper.startService(getEndpoint());
    }

    @Override
    public CladoEndpoint getEndpoint() {
        return (CladoEndpoint) super.getEndpoint();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        CladoRequest request;
        try {
            // what the headers say about an answer must be about this call's answer
            ResponseMapper.clearResponseHeaders(exchange.getMessage());
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
                        CladoException error = failure(request.operation(), failure);
                        if (!mayHavePaid(error, null)) {
                            callSettled(exchange);
                        }
                        exchange.setException(error);
                    } else {
                        LOG.debug("clado:{} answered HTTP {} in {} ms", request.operation(), response.statusCode(),
                                (System.nanoTime() - started) / 1_000_000);
                        try {
                            getEndpoint().getResponseMapper().apply(request, response, exchange.getMessage());
                            callSettled(exchange);
                            watchJob(exchange, request, response.payment());
                        } catch (RuntimeException e) {
                            if (!mayHavePaid(e, response.payment())) {
                                callSettled(exchange);
                            }
                            throw e;
                        }
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
            // a quote pays nothing: there is nothing to protect from a redelivery
            callSettled(exchange);
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
     * Names this call for payment idempotency (mpp mode). A redelivery of a call whose payment may have moved money
     * (Camel's redelivery counter went up since it was made) reuses its name, so that payment is not made again; any
     * other call gets a new, random name, so a loop (copying or not) or a call after a handled failure pays as it
     * should. Camel redelivers the very exchange that failed, so the pending name travels with it. A
     * {@code CamelCladoIdempotencyKey} header names the call explicitly, across exchanges.
     */
    private String callId(Exchange exchange, CladoOperation operation) {
        if (getEndpoint().getConfiguration().getMode() != CladoMode.mpp) {
            return null;
        }
        String key = exchange.getMessage().getHeader(CladoConstants.IDEMPOTENCY_KEY, String.class);
        if (key != null && !key.isBlank()) {
            return key + "/" + operation.uriName();
        }
        int redeliveries = exchange.getMessage().getHeader(Exchange.REDELIVERY_COUNTER, 0, Integer.class);
        String pending = exchange.getProperty(PENDING_CALL, String.class);
        Integer pendingAt = exchange.getProperty(PENDING_CALL_REDELIVERIES, Integer.class);
        if (pending != null && pendingAt != null && redeliveries > pendingAt) {
            exchange.setProperty(PENDING_CALL_REDELIVERIES, redeliveries);
            return pending;
        }
        String id = exchange.getExchangeId() + "#" + UUID.randomUUID();
        exchange.setProperty(PENDING_CALL, id);
        exchange.setProperty(PENDING_CALL_REDELIVERIES, redeliveries);
        return id;
    }

    /**
     * Adds the job of a successful call to the watch list consumers poll: jobs it started or continued (unless
     * watchJobs=false or the CamelCladoWatch header is false), and any job named when the header is true.
     */
    private void watchJob(Exchange exchange, CladoRequest request, PaymentInfo payment) {
        CladoOperation operation = request.operation();
        Boolean asked = exchange.getMessage().getHeader(CladoConstants.WATCH, Boolean.class);
        JobKind started = JobKind.startedBy(operation);
        JobKind kind = started != null ? started : JobKind.ofJobOperation(operation);
        boolean watch = asked != null ? asked : started != null && getEndpoint().getConfiguration().isWatchJobs();
        String jobId = exchange.getMessage().getHeader(CladoConstants.JOB_ID, String.class);
        if (!watch || kind == null || jobId == null) {
            return;
        }
        Instant now = getEndpoint().clock().instant();
        String source = getEndpoint().watchSource();
        JobRegistration registration;
        if (operation == CladoOperation.DEEP_RESEARCH_START) {
            registration = new JobRegistration(jobId, kind, source, now,
                    request.has(RequestField.LIMIT) ? request.integer(RequestField.LIMIT) : DEFAULT_DEEP_RESEARCH_LIMIT,
                    false, cost(payment));
        } else if (operation == CladoOperation.DEEP_RESEARCH_CONTINUE) {
            registration = new JobRegistration(jobId, kind, source, now, request.has(RequestField.ADDITIONAL_LIMIT)
                    ? request.integer(RequestField.ADDITIONAL_LIMIT) : DEFAULT_DEEP_RESEARCH_LIMIT, true, cost(payment));
        } else if (operation == CladoOperation.BULK_CONTACTS_START) {
            registration = new JobRegistration(jobId, kind, source, now, request.list(RequestField.LINKEDIN_URLS).size(),
                    false, cost(payment));
        } else {
            registration = JobRegistration.byId(jobId, kind, source, now);
        }
        try {
            getEndpoint().watchRepository().register(registration);
        } catch (RuntimeException e) {
            // the call succeeded and is paid for: a watch list outage must not fail it
            LOG.warn("clado:{} job {} could not be added to the watch list {}: {}", operation, jobId,
                    getEndpoint().watchRepository(), e.getMessage());
        }
    }

    private static long cost(PaymentInfo payment) {
        return payment == null || payment.amount() == null ? 0 : payment.amount().longValueExact();
    }

    /** Nothing of this call is left to pay again: it answered, or no money can have moved. */
    private static void callSettled(Exchange exchange) {
        exchange.removeProperty(PENDING_CALL);
        exchange.removeProperty(PENDING_CALL_REDELIVERIES);
    }

    /** Whether a failed call may have moved money, so that its redelivery must not pay again. */
    private static boolean mayHavePaid(Throwable failure, PaymentInfo payment) {
        if (payment != null) {
            return true;
        }
        return failure instanceof CladoPaymentUnknownException
                || failure instanceof CladoPaymentRefusedException refused && "ALREADY_PAID".equals(refused.getViolation());
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
        return getEndpoint().translateFailure(operation, failure);
    }
}
