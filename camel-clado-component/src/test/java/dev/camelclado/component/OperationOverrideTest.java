package dev.camelclado.component;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelclado.component.model.CancelResult;
import dev.camelclado.component.model.Credits;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code CamelCladoOperation} overrides the endpoint's action, as {@code CamelAwsS3Operation} does for aws2-s3. */
class OperationOverrideTest extends CladoTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:deepResearch").to(clado("deepResearch/status"));
            }
        };
    }

    @Test
    void anActionOfTheSameResource() {
        Exchange start = template.send("direct:deepResearch", e -> {
            e.getMessage().setHeader(CladoConstants.OPERATION, "start");
            e.getMessage().setHeader(CladoConstants.QUERY, "override");
        });
        assertThat(start.getMessage().getHeader(CladoConstants.OPERATION_EXECUTED)).isEqualTo("deepResearch/start");
        String jobId = start.getMessage().getHeader(CladoConstants.JOB_ID, String.class);

        Exchange cancel = template.send("direct:deepResearch", e -> {
            e.getMessage().setHeader(CladoConstants.OPERATION, "cancel");
            e.getMessage().setHeader(CladoConstants.JOB_ID, jobId);
        });
        assertThat(cancel.getMessage().getBody(CancelResult.class).isCancelled()).isTrue();

        Exchange status = template.send("direct:deepResearch", e -> e.getMessage().setHeader(CladoConstants.JOB_ID, jobId));
        assertThat(status.getMessage().getHeader(CladoConstants.OPERATION_EXECUTED)).isEqualTo("deepResearch/status");
        assertThat(status.getMessage().getHeader(CladoConstants.JOB_STATUS)).isEqualTo("cancelled");
    }

    @Test
    void aFullOperationNameOrEnumValue() {
        Exchange credits = template.send("direct:deepResearch",
                e -> e.getMessage().setHeader(CladoConstants.OPERATION, "account/credits"));
        assertThat(credits.getMessage().getBody()).isInstanceOf(Credits.class);
        Exchange again = template.send("direct:deepResearch",
                e -> e.getMessage().setHeader(CladoConstants.OPERATION, CladoOperation.ACCOUNT_CREDITS));
        assertThat(again.getMessage().getBody()).isInstanceOf(Credits.class);
        Exchange byName = template.send("direct:deepResearch",
                e -> e.getMessage().setHeader(CladoConstants.OPERATION, "ACCOUNT_CREDITS"));
        assertThat(byName.getMessage().getHeader(CladoConstants.OPERATION_EXECUTED)).isEqualTo("account/credits");
    }
}
