package dev.camelclado.component.service;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Message;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import dev.camelclado.component.CladoException;
import dev.camelclado.component.CladoOperation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a server answers, for any operation, the route gets a model or a typed {@link CladoException}: never a
 * NullPointerException, a ClassCastException or a Jackson exception of its own.
 */
class HostileAnswerPropertiesTest {

    private static final CamelContext CONTEXT = new DefaultCamelContext();
    private static final ResponseMapper MAPPER = new ResponseMapper(false);

    record Answer(CladoOperation operation, int status, Map<String, List<String>> headers, String body) {
    }

    @Property(tries = 5_000)
    void anyAnswerBecomesAModelOrATypedError(@ForAll("answers") Answer answer) {
        CladoRequest request = new CladoRequest(answer.operation(), Map.of(RequestField.JOB_ID, "job-1"));
        CladoHttpResponse response = new CladoHttpResponse(answer.status(),
                HttpHeaders.of(answer.headers(), (name, value) -> true), answer.body().getBytes(StandardCharsets.UTF_8));
        Message message = new DefaultExchange(CONTEXT).getMessage();
        try {
            MAPPER.apply(request, response, message);
            assertThat(message.getBody()).isNotNull();
            Statistics.label("outcome").collect("model");
        } catch (CladoException typed) {
            assertThat(typed.getMessage()).isNotBlank();
            Statistics.label("outcome").collect(typed.getClass().getSimpleName());
        }
    }

    /** Found by the property: a null entry in a contacts answer was a NullPointerException in the route. */
    @Example
    void nullEntriesInAContactsAnswerAreSkipped() {
        anyAnswerBecomesAModelOrATypedError(new Answer(CladoOperation.CONTACTS_GET, 200, Map.of(),
                "{\"data\":[null,{\"contacts\":[null,{\"type\":\"email\",\"value\":\"a@b.c\"}]}]}"));
    }

    @Provide
    Arbitrary<Answer> answers() {
        Arbitrary<CladoOperation> operation = Arbitraries.of(CladoOperation.class);
        // half are successes, where the body has to be mapped
        Arbitrary<Integer> status = Arbitraries.oneOf(Arbitraries.just(200), Arbitraries.just(200),
                Arbitraries.of(201, 204, 302, 400, 401, 402,
                        403, 404, 409, 422, 429, 500, 502, 503), Arbitraries.integers().between(100, 599));
        Arbitrary<String> headerValue = Arbitraries.oneOf(Arbitraries.of("5", "-1", "0.5", "abc", "99999999999",
                "Wed, 21 Oct 2015 07:28:00 GMT", "", "text/html", "application/json"),
                Arbitraries.strings().alpha().numeric().ofMaxLength(20));
        Arbitrary<Map<String, List<String>>> headers = Arbitraries.maps(
                Arbitraries.of("Retry-After", "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset",
                        "Content-Type", "Location"), headerValue.list().ofMinSize(1).ofMaxSize(2)).ofMaxSize(4);
        return Combinators.combine(operation, status, headers, bodies()).as(Answer::new);
    }

    private static Arbitrary<String> bodies() {
        Arbitrary<String> key = Arbitraries.of("\"results\"", "\"status\"", "\"job_id\"", "\"profile\"", "\"emails\"",
                "\"phones\"", "\"data\"", "\"reactions\"", "\"pagination\"", "\"has_next\"", "\"credits\"", "\"total\"",
                "\"detail\"", "\"retry_after\"", "\"message\"", "\"experience\"", "\"final_results_count\"",
                "\"is_working\"", "\"linkedin_url\"", "\"total_urls\"", "\"cancelled\"");
        Arbitrary<String> value = Arbitraries.of("null", "1", "-1", "1e400", "\"x\"", "true", "[]", "{}", "[null]",
                "[{}]", "[1,\"a\",{}]", "{\"loc\":[1],\"msg\":2}", "[{\"loc\":null}]", "\"completed\"", "\"error\"",
                "12345678901234567890", "{\"has_next\":\"yes\"}", "{\"reactions\":null}");
        Arbitrary<String> member = Combinators.combine(key, value).as((k, v) -> k + ":" + v);
        Arbitrary<String> object = member.list().ofMaxSize(8).map(m -> "{" + String.join(",", m) + "}");
        return Arbitraries.oneOf(object, object.map(o -> "[" + o + "]"), Arbitraries.of("", " ", "null", "<html>",
                "{", "\"text\"", "42"), Arbitraries.strings().ofMaxLength(60));
    }
}
