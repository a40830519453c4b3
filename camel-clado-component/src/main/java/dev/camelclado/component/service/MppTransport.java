package dev.camelclado.component.service;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.camelclado.component.CladoException;
import dev.camelclado.component.CladoOperation;
import dev.camelclado.component.CladoPaymentException;
import dev.camelclado.component.CladoPaymentRefusedException;
import dev.camelclado.component.CladoPaymentRejectedException;
import dev.camelclado.component.CladoPaymentUnknownException;
import dev.camelclado.component.model.CladoModels;
import dev.camelclado.component.model.CladoQuote;
import dev.camelclado.mpp.MppClient;
import dev.camelclado.mpp.MppPaymentException;
import dev.camelclado.mpp.MppRequest;
import dev.camelclado.mpp.NoSupportedChallengeException;
import dev.camelclado.mpp.Payment;
import dev.camelclado.mpp.PaymentOutcomeUnknownException;
import dev.camelclado.mpp.PaymentQuote;
import dev.camelclado.mpp.PaymentRejectedException;
import dev.camelclado.mpp.core.MppProtocolException;
import dev.camelclado.mpp.policy.PaymentRefusedException;

/**
 * Pays each call through the Locus MPP gateway: {@code POST <gatewayUrl>/clado/<route>} with every field in a JSON
 * body ({@code jobId} included), the price read from the 402 and paid by an {@link MppClient} within the endpoint's
 * limits. The same body bytes go out with the credential, so the gateway serves what it priced.
 */
public final class MppTransport implements CladoTransport {

    private final MppClient client;
    private final String gatewayUrl;

    public MppTransport(MppClient client, String gatewayUrl) {
        this.client = client;
        this.gatewayUrl = gatewayUrl.endsWith("/") ? gatewayUrl.substring(0, gatewayUrl.length() - 1) : gatewayUrl;
    }

    @Override
    public CompletableFuture<CladoHttpResponse> send(CladoRequest request) {
        MppRequest mpp;
        try {
            mpp = toMpp(request);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return client.send(mpp).handle((response, failure) -> {
            if (failure != null) {
                throw new CompletionException(translate(request.operation(), failure));
            }
            return new CladoHttpResponse(response.statusCode(), response.headers(), response.body(),
                    response.payment() == null ? null : PaymentInfo.of(response.payment()));
        });
    }

    /** Reads the price of a call from the gateway's 402 and pays nothing. */
    public CompletableFuture<CladoQuote> quote(CladoRequest request) {
        MppRequest mpp;
        try {
            mpp = toMpp(request);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return client.quote(mpp).handle((quote, failure) -> {
            if (failure != null) {
                throw new CompletionException(translate(request.operation(), failure));
            }
            return toQuote(request.operation(), quote);
        });
    }

    private MppRequest toMpp(CladoRequest request) {
        CladoOperation operation = request.operation();
        if (operation.gatewayRoute() == null) {
            throw new IllegalStateException(operation.uriName() + " has no gateway route");
        }
        byte[] body;
        try {
            body = CladoModels.MAPPER.writeValueAsBytes(RequestBodies.of(request, "jobId", false));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
        return MppRequest.postJson(URI.create(gatewayUrl + "/clado/" + operation.gatewayRoute()), body,
                "clado:" + operation.uriName(), request.callId());
    }

    private static CladoQuote toQuote(CladoOperation operation, PaymentQuote quote) {
        if (!quote.paymentRequired()) {
            return new CladoQuote(operation.uriName(), false, java.math.BigInteger.ZERO, null, null, null, null, true, null);
        }
        return new CladoQuote(operation.uriName(), true, quote.amount(), quote.charge().currency(), quote.charge().recipient(),
                quote.charge().chainId(), quote.challenge().expires(), quote.acceptable(),
                quote.refusal() == null ? null : quote.refusal().getMessage());
    }

    /** MPP client failures as the component's typed exceptions; anything else (I/O) is left to the producer. */
    static Throwable translate(CladoOperation operation, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof PaymentRefusedException refused) {
            return new CladoPaymentRefusedException(operation, refused.violation().name(), refused.amount(),
                    refused.getMessage(), refused);
        }
        if (cause instanceof PaymentRejectedException rejected) {
            return new CladoPaymentRejectedException(operation, rejected.statusCode(), rejected.problemCode(),
                    rejected.getMessage(), infos(rejected.payments()), rejected);
        }
        if (cause instanceof PaymentOutcomeUnknownException unknown) {
            return new CladoPaymentUnknownException(operation, unknown.getMessage(), infos(unknown.payments()), unknown);
        }
        if (cause instanceof NoSupportedChallengeException || cause instanceof MppPaymentException) {
            return new CladoPaymentException(operation, "the gateway asked for a payment this client cannot make: "
                    + cause.getMessage(), infos(((MppPaymentException) cause).payments()), cause);
        }
        if (cause instanceof MppProtocolException) {
            return new CladoPaymentException(operation, "the gateway's payment challenge is malformed: " + cause.getMessage(),
                    List.of(), cause);
        }
        if (cause instanceof CladoException) {
            return cause;
        }
        return cause;
    }

    private static List<PaymentInfo> infos(List<Payment> payments) {
        return payments.stream().map(PaymentInfo::of).toList();
    }

    @Override
    public String toString() {
        return "MppTransport[" + org.apache.camel.util.URISupport.sanitizeUri(gatewayUrl) + ", payer " + client.payerAddress() + "]";
    }
}
