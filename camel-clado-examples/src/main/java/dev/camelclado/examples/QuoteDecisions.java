package dev.camelclado.examples;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.camel.Body;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import dev.camelclado.component.CladoConstants;
import dev.camelclado.component.model.CladoQuote;

/** The quote example's judgement: the price of a request (quoted or from credit prices), and its outcome. */
public class QuoteDecisions {

    /** A Clado credit is $0.01: 10000 base units of a 6-decimal dollar token. */
    public static final long BASE_UNITS_PER_CREDIT = 10_000;

    static final String[] COLUMNS = { "request", "price", "price_source", "decision", "reason", "paid" };

    /** mpp mode: the gateway's price, read from its 402 without paying. */
    public Price quoted(@Body CladoQuote quote) {
        return new Price(quote.getAmount().longValueExact(), "quoted by the gateway, nothing paid", quote.isAcceptable(),
                quote.getRefusal());
    }

    /** direct mode: no quote exists (calls are billed in credits); Clado's documented credit price, at most. */
    public Price fromCredits(@ExchangeProperty("request") PricedRequest request) {
        return new Price(request.getCredits() * BASE_UNITS_PER_CREDIT, request.getCredits() + " credits by Clado's"
                + " credit prices: " + request.getCreditBasis(), true, null);
    }

    public QuoteDecision made(@ExchangeProperty("request") PricedRequest request, @ExchangeProperty("price") Price price,
            @Header(CladoConstants.PAID_AMOUNT) BigInteger paid) {
        return new QuoteDecision(request.getName(), price.amount(), price.source(), QuoteDecision.MADE,
                paid == null ? "within quote.max-price; charged in Clado credits"
                        : "within quote.max-price; paid " + SpendReport.usd(paid),
                paid == null ? null : paid.longValueExact());
    }

    public QuoteDecision skipped(@ExchangeProperty("request") PricedRequest request, @ExchangeProperty("price") Price price,
            @ExchangeProperty("reason") String reason) {
        return new QuoteDecision(request.getName(), price.amount(), price.source(), QuoteDecision.SKIPPED, reason, null);
    }

    public String toCsv(List<QuoteDecision> decisions) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS).get())) {
            for (QuoteDecision decision : decisions) {
                printer.printRecord(decision.request(), decision.price(), decision.priceSource(), decision.decision(),
                        decision.reason(), decision.paid() == null ? "" : decision.paid());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
