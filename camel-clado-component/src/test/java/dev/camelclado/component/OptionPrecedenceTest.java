package dev.camelclado.component;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A request field comes from the header, else the endpoint option, else the component option. */
class OptionPrecedenceTest extends CladoTestSupport {

    @Override
    protected void bindToRegistry(org.apache.camel.spi.Registry registry) {
        CladoComponent component = new CladoComponent();
        component.getConfiguration().setApiKey(API_KEY);
        component.getConfiguration().setBaseUrl(SANDBOX.baseUrl());
        component.getConfiguration().setLimit(7);
        component.getConfiguration().setQuery("component query");
        component.getConfiguration().setCompanies("Component Co");
        registry.bind("clado", component);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:componentOnly").to("clado:search/people");
                from("direct:endpoint").to("clado:search/people?limit=8&query=endpoint query");
            }
        };
    }

    private String sentQuery(String route, Integer headerLimit) {
        Exchange exchange = template.send(route, e -> {
            if (headerLimit != null) {
                e.getMessage().setHeader(CladoConstants.LIMIT, headerLimit);
            }
        });
        assertThat(exchange.getException()).isNull();
        return SANDBOX.sandbox().stats().lastRequest().rawQuery();
    }

    @Test
    void componentOptionsApplyToEveryEndpoint() {
        assertThat(sentQuery("direct:componentOnly", null))
                .isEqualTo("query=component%20query&limit=7&companies=Component%20Co&legacy=false");
    }

    @Test
    void endpointOptionsOverrideComponentOptions() {
        assertThat(sentQuery("direct:endpoint", null))
                .isEqualTo("query=endpoint%20query&limit=8&companies=Component%20Co&legacy=false");
    }

    @Test
    void headersOverrideBoth() {
        assertThat(sentQuery("direct:endpoint", 9)).isEqualTo("query=endpoint%20query&limit=9&companies=Component%20Co&legacy=false");
        assertThat(sentQuery("direct:componentOnly", 9)).contains("limit=9");
    }

    @Test
    void endpointsGetACopySoOneEndpointDoesNotChangeAnother() {
        CladoEndpoint a = context.getEndpoint("clado:search/people?limit=3", CladoEndpoint.class);
        CladoEndpoint b = context.getEndpoint("clado:search/people?query=other", CladoEndpoint.class);
        assertThat(a.getConfiguration()).isNotSameAs(b.getConfiguration());
        assertThat(a.getConfiguration().getLimit()).isEqualTo(3);
        assertThat(b.getConfiguration().getLimit()).isEqualTo(7);
        assertThat(context.getComponent("clado", CladoComponent.class).getConfiguration().getLimit()).isEqualTo(7);
    }
}
