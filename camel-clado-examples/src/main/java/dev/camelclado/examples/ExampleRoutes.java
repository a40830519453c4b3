package dev.camelclado.examples;

import org.apache.camel.builder.RouteBuilder;

/** An example's routes: any error they do not handle themselves ends the run as failed. */
public abstract class ExampleRoutes extends RouteBuilder {

    @Override
    public final void configure() throws Exception {
        // not handled: Camel's error handler still logs the failure and the exchange still fails
        onException(Exception.class).bean(ExampleOutcome.BEAN, "failed");
        routes();
    }

    protected abstract void routes() throws Exception;
}
