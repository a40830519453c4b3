package dev.camelclado.examples;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelclado.component.CladoComponent;
import dev.camelclado.sandbox.junit.CladoSandboxExtension;

/** The route shown at the top of README.md, unchanged but for a mock at the end. */
class ReadmeRouteTest extends CamelTestSupport {

    @RegisterExtension
    static final CladoSandboxExtension SANDBOX = new CladoSandboxExtension();

    @Override
    protected void bindToRegistry(org.apache.camel.spi.Registry registry) {
        // what camel.component.clado.api-key / base-url do in application.properties
        CladoComponent clado = new CladoComponent();
        clado.getConfiguration().setApiKey(SANDBOX.apiKey());
        clado.getConfiguration().setBaseUrl(SANDBOX.baseUrl());
        registry.bind("clado", clado);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("timer:leads?repeatCount=1")
                    .setHeader("CamelCladoQuery", constant("platform engineers who know Apache Camel"))
                    .to("clado:search/people?limit=10")
                    .split(simple("${body.results}"))
                        .log("${body.profile.name}: ${body.profile.headline}")
                        .to("mock:lines");
            }
        };
    }

    @Test
    void logsTenPeople() throws Exception {
        MockEndpoint lines = getMockEndpoint("mock:lines");
        lines.expectedMessageCount(10);
        lines.allMessages().simple("${body.profile.name}").isNotNull();
        lines.assertIsSatisfied();
    }
}
