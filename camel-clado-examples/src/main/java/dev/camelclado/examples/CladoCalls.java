package dev.camelclado.examples;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.apache.camel.Component;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;

import dev.camelclado.component.CladoComponent;
import dev.camelclado.component.CladoEndpoint;
import dev.camelclado.component.watch.JobWatch;

/**
 * Counts the Clado calls a run made, per operation, and the credit balance before and after, for the spend report of
 * a run in direct mode (a run in mpp mode reads what it paid from the payment ledger). Camel Main registers any
 * event notifier bean it finds.
 */
public class CladoCalls extends EventNotifierSupport {

    public static final String BEAN = "cladoCalls";

    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final AtomicLong creditsAtStart = new AtomicLong(-1);
    private final AtomicLong creditsNow = new AtomicLong(-1);

    public CladoCalls() {
        setIgnoreExchangeCreatedEvent(true);
        setIgnoreExchangeCompletedEvent(true);
        setIgnoreExchangeFailedEvents(true);
        setIgnoreExchangeRedeliveryEvents(true);
        setIgnoreCamelContextEvents(true);
        setIgnoreRouteEvents(true);
        setIgnoreServiceEvents(true);
        setIgnoreStepEvents(true);
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        // Camel raises the "sent" event of a send only if a notifier took its "sending" event
        return event instanceof CamelEvent.ExchangeSendingEvent sending && sending.getEndpoint() instanceof CladoEndpoint
                || event instanceof CamelEvent.ExchangeSentEvent sent && sent.getEndpoint() instanceof CladoEndpoint;
    }

    @Override
    public void notify(CamelEvent event) {
        // a call refused before sending (over the budget, invalid input) cost nothing
        if (event instanceof CamelEvent.ExchangeSentEvent sent && !sent.getExchange().isFailed()) {
            String operation = "clado:" + ((CladoEndpoint) sent.getEndpoint()).getOperation().uriName();
            calls.computeIfAbsent(operation, k -> new LongAdder()).increment();
        }
    }

    /** Notes a credit balance read: the first is the balance the run started with. */
    public void credits(long balance) {
        creditsAtStart.compareAndSet(-1, balance);
        creditsNow.set(balance);
    }

    /** Calls per operation: those of the routes' producers and the status reads of the consumers watching jobs. */
    public Map<String, Long> perOperation() {
        Map<String, Long> snapshot = new TreeMap<>();
        calls.forEach((operation, count) -> snapshot.put(operation, count.sum()));
        Component component = getCamelContext() == null ? null : getCamelContext().hasComponent("clado");
        if (component instanceof CladoComponent clado) {
            for (JobWatch watch : clado.getWatchRepository().list()) {
                if (watch.getPolls() > 0) {
                    snapshot.merge("clado:" + watch.getKind().statusOperation().uriName(), (long) watch.getPolls(), Long::sum);
                }
            }
        }
        return snapshot;
    }

    /** Credits used between the first and the last balance read, or -1 without two reads. */
    public long creditsUsed() {
        long start = creditsAtStart.get();
        long now = creditsNow.get();
        return start < 0 || now < 0 ? -1 : start - now;
    }
}
