package dev.camelclado.examples;

import org.apache.camel.builder.RouteBuilder;

/**
 * An example's routes: any error they do not handle themselves ends the run as failed; examples that print a spend
 * report add {@link #creditBalanceRoute()}.
 */
public abstract class ExampleRoutes extends RouteBuilder {

    /** In direct mode, reads the credit balance for the spend report (before and after); mpp mode has no credits. */
    public static final String CREDIT_BALANCE = "direct:creditBalance";

    @Override
    public final void configure() throws Exception {
        // not handled: Camel's error handler still logs the failure and the exchange still fails
        onException(Exception.class).bean(ExampleOutcome.BEAN, "failed");
        routes();
    }

    /** {@link #CREDIT_BALANCE}: notes the balance in the {@link CladoCalls} bean (direct mode only). */
    protected void creditBalanceRoute() {
        from(CREDIT_BALANCE).routeId("credit-balance")
                .filter(simple("${properties:camel.component.clado.mode:direct} != 'mpp'"))
                    // toD: the credits endpoint is made only when reached, so an mpp-mode run never creates it
                    .toD("clado:account/credits")
                    .bean(CladoCalls.BEAN, "credits(${header.CamelCladoCredits})");
    }

    protected abstract void routes() throws Exception;
}
