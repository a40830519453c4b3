package dev.camelclado.component.springboot;

import java.net.http.HttpClient;

import javax.sql.DataSource;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import dev.camelclado.component.watch.JdbcJobWatchRepository;
import dev.camelclado.mpp.ledger.JdbcPaymentLedger;

/**
 * A Spring Boot application using clado: as a user would: properties in the environment, its own HTTP client,
 * a payment ledger and a watch list in its DataSource, a producer route and a consumer route.
 */
@SpringBootApplication
public class CladoTestApplication {

    @Bean
    HttpClient applicationHttpClient() {
        return HttpClient.newBuilder().build();
    }

    @Bean
    JdbcPaymentLedger paymentLedger(DataSource dataSource) {
        return new JdbcPaymentLedger(dataSource);
    }

    @Bean
    JdbcJobWatchRepository jobWatches(DataSource dataSource) {
        return new JdbcJobWatchRepository(dataSource);
    }

    @Bean
    java.time.Clock cladoClock() {
        return java.time.Clock.systemUTC();
    }

    @Bean
    RouteBuilder cladoRoutes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:search").routeId("search")
                        .to("clado:search/people?limit=3");
                from("direct:paidSearch").routeId("paid-search")
                        .to("clado:search/people?mode=mpp&limit=2");
                from("direct:research").routeId("research")
                        .to("clado:deepResearch/start?limit=5");
                from("clado:deepResearch/status").routeId("job-events")
                        .to("mock:events");
            }
        };
    }
}
