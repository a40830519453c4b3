package dev.camelclado.examples;

import org.apache.camel.processor.aggregate.GroupedBodyAggregationStrategy;

import dev.camelclado.component.CladoConstants;
import dev.camelclado.component.CladoPaymentRefusedException;

/**
 * Asking the price before paying: for a few requests (a search with limit {@code quote.search-limit}, a deep
 * research with limit {@code quote.research-limit}, a contacts lookup), the price is found out first, and a
 * {@code choice()} makes the call only if the price is at most {@code quote.max-price} (base units, 6 decimals) and
 * the component's own payment limits would pay it; otherwise the request is skipped and the log says why. The
 * decisions go to {@code quote.output-dir}/decisions.csv, and the example ends with the spend report.
 * <p>
 * What the component supports, per mode:
 * <ul>
 * <li>{@code mode=mpp}: the header {@code CamelCladoQuote=true} makes the producer read the price from the Locus
 * gateway's 402 challenge and pay nothing: the body becomes a {@code CladoQuote}, with the headers
 * {@code CamelCladoPrice} (base units) and {@code CamelCladoPriceAcceptable} (whether the endpoint's limits, such as
 * {@code maxAmount} and the budget, would pay it). The call is then sent again without the header, and paid.</li>
 * <li>{@code mode=direct}: there is nothing to quote. Calls are billed in Clado credits after the fact, and the
 * producer refuses {@code CamelCladoQuote=true} with a {@code CladoRequestValidationException} ("use mode=mpp").
 * The example works the price out instead from Clado's documented credit prices (1 credit, $0.01, per search or
 * deep-research result, at most the limit; 4 per email found) and applies the same limit to it.</li>
 * </ul>
 * With the default settings ($0.35) the search for 50 people is skipped in both modes, and the deep research and the
 * lookup are made.
 */
public class QuoteRoute extends ExampleRoutes {

    @Override
    protected void routes() {
        creditBalanceRoute();

        from("timer:quote?repeatCount=1&delay=-1").routeId("quote-requests")
                .to(CREDIT_BALANCE)
                .setBody(method(PricedRequest.class, "fromSettings"))
                .log("Pricing ${body.size} requests: each is made only if it costs at most {{quote.max-price}} base"
                        + " units (quote.max-price)")
                .split(body()).aggregationStrategy(new GroupedBodyAggregationStrategy())
                    .to("direct:quotePrice")
                .end()
                .setProperty("decisions", body())
                .bean(QuoteDecisions.class, "toCsv")
                .to("file:{{quote.output-dir}}?fileName=decisions.csv")
                .log("Wrote ${exchangeProperty.decisions.size} decisions to {{quote.output-dir}}/decisions.csv")
                .to(CREDIT_BALANCE)
                .bean(SpendReport.class)
                .bean(ExampleOutcome.BEAN, "succeeded");

        from("direct:quotePrice").routeId("quote-price")
                .setProperty("request", body())
                .process(exchange -> exchange.getProperty("request", PricedRequest.class).applyTo(exchange.getMessage()))
                .choice()
                    .when(simple("${properties:camel.component.clado.mode:direct} == 'mpp'"))
                        // the gateway's 402 names the price; nothing is signed or paid
                        .setHeader(CladoConstants.QUOTE, constant(true))
                        .toD("${exchangeProperty.request.uri}")
                        .removeHeader(CladoConstants.QUOTE)
                        .setProperty("price", method(QuoteDecisions.class, "quoted"))
                    .otherwise()
                        // no quote in direct mode (the producer would refuse CamelCladoQuote): the documented credit price
                        .setProperty("price", method(QuoteDecisions.class, "fromCredits"))
                .end()
                .log("${exchangeProperty.request}: ${exchangeProperty.price}")
                .choice()
                    .when(simple("${exchangeProperty.price.amount} > {{quote.max-price}}"))
                        .setProperty("reason", simple("over quote.max-price ({{quote.max-price}} base units)"))
                        .log("  skipped: ${exchangeProperty.reason}")
                        .setBody(method(QuoteDecisions.class, "skipped"))
                    .when(simple("${exchangeProperty.price.acceptable} == false"))
                        .setProperty("reason", simple("the endpoint's payment limits would refuse it:"
                                + " ${exchangeProperty.price.refusal}"))
                        .log("  skipped: ${exchangeProperty.reason}")
                        .setBody(method(QuoteDecisions.class, "skipped"))
                    .otherwise()
                        .to("direct:quotePay")
                .end();

        from("direct:quotePay").routeId("quote-pay")
                .process(exchange -> exchange.getProperty("request", PricedRequest.class).applyTo(exchange.getMessage()))
                .doTry()
                    // the same request without CamelCladoQuote: in mpp mode it is paid (the gateway asks again; a
                    // price above the endpoint's limits would still be refused)
                    .toD("${exchangeProperty.request.uri}")
                    .setBody(method(QuoteDecisions.class, "made"))
                    .log("  made: ${body.reason}")
                // only this request is skipped; a handled onException would end the whole split here
                .doCatch(CladoPaymentRefusedException.class)
                    .setProperty("reason", simple("refused when paying: ${exception.message}"))
                    .log("  skipped: ${exchangeProperty.reason}")
                    .setBody(method(QuoteDecisions.class, "skipped"))
                .end();
    }
}
