package dev.camelclado.benchmarks.perf;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;

import dev.camelclado.component.CladoComponent;
import dev.camelclado.component.model.DeepResearchStatus;
import dev.camelclado.mpp.ledger.InMemoryPaymentLedger;
import dev.camelclado.mpp.ledger.PaymentStatus;
import dev.camelclado.sandbox.CladoSandbox;

/**
 * Issue 8, measurement 3 (end to end): what a paid call adds to the caller's time, leaving out the sandbox's work.
 * Each call's HTTP exchanges are timed by the {@link TimedHttpClient} the component is given; wall time minus that
 * is the client's own time: Camel and the component for a direct call, plus reading the 402, checking the policy,
 * signing, recording in the ledger and building the credential for a paid one.
 */
final class PaymentCostSection {

    private PaymentCostSection() {
    }

    record Round(double wallP50, double wallP99, double httpP50, double clientP50, double clientP99) {
    }

    static Section run(Effort effort) throws Exception {
        int calls = effort.scaled(300, 20);
        List<Round> direct = new ArrayList<>();
        List<Round> paid = new ArrayList<>();
        InMemoryPaymentLedger ledger = new InMemoryPaymentLedger();
        int paidCalls = 0;
        try (CladoSandbox sandbox = BenchSandbox.start(Duration.ZERO);
                Caller directCaller = new Caller(BenchSandbox.directApplication(sandbox), 1, null);
                Caller paidCaller = new Caller(BenchSandbox.paidApplication(sandbox), 2, ledger)) {
            for (int round = 0; round < effort.warmups() + effort.rounds(); round++) {
                Round d = directCaller.round(calls);
                Round p = paidCaller.round(calls);
                paidCalls += calls;
                if (round >= effort.warmups()) {
                    direct.add(d);
                    paid.add(p);
                }
            }
        }
        long settled = ledger.recordsSince(Instant.EPOCH).stream()
                .filter(r -> r.status() == PaymentStatus.SETTLED).count();
        if (settled != paidCalls) {
            throw new IllegalStateException(paidCalls + " paid calls but " + settled + " settled payments in the ledger");
        }
        return report(effort, calls, direct, paid, paidCalls);
    }

    /** One application calling the sandbox one call at a time, so that the timed client sees only that call. */
    private static final class Caller implements AutoCloseable {
        private final CamelContext context;
        private final ProducerTemplate template;
        private final TimedHttpClient http;
        private final int exchangesPerCall;

        Caller(CamelContext context, int exchangesPerCall, InMemoryPaymentLedger ledger) throws Exception {
            this.context = context;
            this.exchangesPerCall = exchangesPerCall;
            this.http = new TimedHttpClient(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build());
            CladoComponent clado = context.getComponent("clado", CladoComponent.class);
            clado.getConfiguration().setHttpClient(http);
            if (ledger != null) {
                clado.getConfiguration().setLedger(ledger);
            }
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:status").to("clado:deepResearch/status?jobId=" + BenchSandbox.STATUS_JOB);
                }
            });
            context.start();
            this.template = context.createProducerTemplate();
        }

        Round round(int calls) {
            Samples wall = new Samples();
            Samples inHttp = new Samples();
            Samples client = new Samples();
            for (int i = 0; i < calls; i++) {
                http.reset();
                long started = System.nanoTime();
                Object body = template.requestBody("direct:status", (Object) null);
                long elapsed = System.nanoTime() - started;
                if (!(body instanceof DeepResearchStatus) || http.exchanges() != exchangesPerCall) {
                    throw new IllegalStateException("expected " + exchangesPerCall + " HTTP exchange(s) and a status,"
                            + " got " + http.exchanges() + " and " + body);
                }
                wall.add(elapsed);
                inHttp.add(http.nanosInExchanges());
                client.add(elapsed - http.nanosInExchanges());
            }
            return new Round(wall.percentile(0.5) / 1e3, wall.percentile(0.99) / 1e3, inHttp.percentile(0.5) / 1e3,
                    client.percentile(0.5) / 1e3, client.percentile(0.99) / 1e3);
        }

        @Override
        public void close() throws Exception {
            template.close();
            context.close();
        }
    }

    private static Section report(Effort effort, int calls, List<Round> direct, List<Round> paid, int paidCalls) {
        Section section = new Section("3. Payment cost: time a paid call adds (end to end)",
                "Call", "Wall p50 µs", "Wall p99 µs", "In HTTP exchanges p50 µs", "Client's own p50 µs",
                "Client's own p99 µs");
        section.describe("The same `clado:deepResearch/status` call, one at a time, in direct mode (one exchange with"
                + " the API) and in mpp mode (402 from the sandbox gateway, policy, signature, ledger, retry with the"
                + " credential: two exchanges). The component is given a `java.net.http.HttpClient` that times its"
                + " exchanges; a call's time in the client is its wall time minus the time in exchanges, which leaves"
                + " out the network and the sandbox's work (including the gateway verifying the payment). "
                + effort.warmups() + " warm-up rounds discarded, then " + effort.rounds() + " rounds of " + calls
                + " calls of each kind, alternating; p50/p99 per round, median (min–max) over the rounds. Every paid"
                + " call was checked to be settled in the ledger (" + paidCalls + " payments).");
        section.row("direct (Bearer key)", spread(direct, Round::wallP50), spread(direct, Round::wallP99),
                spread(direct, Round::httpP50), spread(direct, Round::clientP50), spread(direct, Round::clientP99));
        section.row("mpp (paid per call)", spread(paid, Round::wallP50), spread(paid, Round::wallP99),
                spread(paid, Round::httpP50), spread(paid, Round::clientP50), spread(paid, Round::clientP99));
        List<Double> addedP50 = new ArrayList<>();
        List<Double> addedP99 = new ArrayList<>();
        for (int i = 0; i < paid.size(); i++) {
            addedP50.add(paid.get(i).clientP50() - direct.get(i).clientP50());
            addedP99.add(paid.get(i).clientP99() - direct.get(i).clientP99());
        }
        Spread added = Spread.of(addedP50);
        section.row("added by paying", "", "", "", added.format(0), Spread.of(addedP99).format(0));
        section.finding(String.format(Locale.ROOT, "Paying adds %.2f ms p50 (%.2f ms p99) of client time per call,"
                + " without the gateway's work (goal: under 2 ms p50: %s).", added.median() / 1e3,
                Spread.of(addedP99).median() / 1e3, added.median() < 2_000 ? "met" : "missed"));
        return section;
    }

    private static String spread(List<Round> rounds, java.util.function.ToDoubleFunction<Round> figure) {
        return Spread.of(rounds.stream().map(figure::applyAsDouble).toList()).format(0);
    }
}
