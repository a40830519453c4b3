package dev.camelclado.component;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelclado.component.watch.JobKind;
import dev.camelclado.component.watch.JobRegistration;
import dev.camelclado.component.watch.JobWatch;
import dev.camelclado.component.watch.JobWatchRepository;
import dev.camelclado.component.watch.MemoryJobWatchRepository;
import dev.camelclado.mpp.ledger.InMemoryPaymentLedger;
import dev.camelclado.mpp.ledger.PaymentLedger;

/**
 * The {@code clado:} component. Its options are the defaults of every endpoint; an endpoint starts from a copy and
 * may override any of them.
 */
@Component("clado")
public class CladoComponent extends HealthCheckComponent {

    private static final Logger LOG = LoggerFactory.getLogger(CladoComponent.class);

    @Metadata(description = "Component-wide defaults for every clado endpoint")
    private CladoConfiguration configuration = new CladoConfiguration();

    /**
     * One JDK client per connect timeout, shared by endpoints without a client of their own: each client owns a
     * selector thread, and dynamic endpoints ({@code toD("clado:...?jobId=${header.id}")}) are many.
     */
    private final Map<Long, HttpClient> sharedClients = new ConcurrentHashMap<>();
    /**
     * The shared clients' executor, and where every answer is handed over: left to itself the JDK client reads with
     * a cached pool and completes sendAsync through CompletableFuture's default executor, a new thread per answer on
     * machines with fewer than three cores (178 threads at the peak of 1,000 calls in flight in the concurrency
     * benchmark). Routes continue on these threads after a call: a route that blocks there for long should hand
     * over with threads() or wireTap().
     */
    private ExecutorService httpExecutor;
    static final int HTTP_THREADS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    /** The ledger of endpoints without one of their own: one per component, so a budget spans all its endpoints. */
    private PaymentLedger defaultLedger;
    private ExecutorService signingExecutor;
    /** The watch list of endpoints without one of their own: producers add the jobs they start, consumers poll them. */
    private JobWatchRepository defaultWatchRepository;
    private final Set<CladoConsumer> consumers = ConcurrentHashMap.newKeySet();

    public CladoComponent() {
    }

    public CladoComponent(CamelContext context) {
        super(context);
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        String[] parts = remaining == null ? new String[0] : remaining.split("/", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            throw new IllegalArgumentException("Invalid clado URI 'clado:" + remaining + "': expected"
                    + " clado:resource/action, one of: " + CladoOperation.validNames());
        }
        CladoOperation operation = CladoOperation.of(parts[0], parts[1]);
        CladoEndpoint endpoint = new CladoEndpoint(uri, this, configuration != null ? configuration.copy() : new CladoConfiguration());
        endpoint.setResource(operation.resource());
        endpoint.setAction(operation.action());
        setProperties(endpoint, parameters);
        return endpoint;
    }

    HttpClient sharedHttpClient(long connectTimeoutMillis) {
        return sharedClients.computeIfAbsent(connectTimeoutMillis, timeout -> HttpClient.newBuilder()
                .connectTimeout(Duration.ofMillis(timeout))
                // a redirect could carry the API key (or, later, a payment credential) to another host
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(httpExecutor())
                .build());
    }

    /**
     * Java 21+ can stop a client's selector thread at once; without it the thread lingers until the client is
     * collected, and a JVM exiting meanwhile waits 300 ms for it (measured by the startup benchmark). The
     * component's release is Java 17, hence the reflection; an application's own client is left alone.
     */
    private static void shutdownNow(HttpClient client) {
        try {
            HttpClient.class.getMethod("shutdownNow").invoke(client);
        } catch (NoSuchMethodException e) {
            // Java 17: nothing to call
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("could not shut the shared HTTP client down", e);
        }
    }

    /** Where HTTP answers are handed over and exchanges continue after a call, whatever client sent it. */
    synchronized ExecutorService httpExecutor() {
        if (httpExecutor == null) {
            ThreadPoolProfile profile = new ThreadPoolProfile("CladoHttp");
            profile.setPoolSize(HTTP_THREADS);
            profile.setMaxPoolSize(HTTP_THREADS);
            // unbounded (-1 would mean no queue and the caller running the task: the JDK client's selector thread)
            profile.setMaxQueueSize(Integer.MAX_VALUE);
            profile.setRejectedPolicy(ThreadPoolRejectedPolicy.Abort);
            httpExecutor = getCamelContext().getExecutorServiceManager().newThreadPool(this, "CladoHttp", profile);
        }
        return httpExecutor;
    }

    synchronized PaymentLedger defaultLedger() {
        if (defaultLedger == null) {
            defaultLedger = new InMemoryPaymentLedger();
        }
        return defaultLedger;
    }

    synchronized JobWatchRepository defaultWatchRepository() {
        if (defaultWatchRepository == null) {
            defaultWatchRepository = new MemoryJobWatchRepository();
        }
        return defaultWatchRepository;
    }

    /** The watch list consumers of this component poll unless their endpoint has its own. */
    public JobWatchRepository getWatchRepository() {
        return configuration != null && configuration.getWatchRepository() != null
                ? configuration.getWatchRepository()
                : defaultWatchRepository();
    }

    /**
     * Adds a job started elsewhere (another application, the Clado dashboard) to the watch list, for consumers of
     * any account to read. Jobs started through this component's producers are added without this. A job whose
     * watch has ended stays ended (only a continue watches it again).
     */
    public JobWatch watchJob(JobKind kind, String jobId) {
        if (jobId == null || jobId.isBlank()) {
            throw new IllegalArgumentException("a job id is required to watch a job");
        }
        java.time.Clock clock = configuration != null && configuration.getClock() != null
                ? configuration.getClock()
                : java.time.Clock.systemUTC();
        return getWatchRepository().register(JobRegistration.byId(jobId.trim(), kind, null, clock.instant()));
    }

    /**
     * Adds a running consumer, refusing one that would read the same jobs as another consumer of this component
     * (same kind, account and watch repository, and either watches every job or both watch the same one): watch
     * state is kept per job, so the two would compete for each read and each emit only the changes it read first.
     */
    synchronized void consumerStarted(CladoConsumer consumer) {
        for (CladoConsumer other : consumers) {
            if (consumer.overlaps(other)) {
                throw new CladoConfigurationException("jobId", "clado:" + consumer.getKind().statusOperation().uriName()
                        + " in route " + consumer.getRouteId() + " watches " + consumer.watchedJobs() + " of the same"
                        + " account and watch repository as route " + other.getRouteId() + ", which watches "
                        + other.watchedJobs() + ": watch state is kept per job, so the two would compete for each read"
                        + " and each miss the changes the other emits. Consume these jobs in one route (remove the"
                        + " jobId consumer or the other route), or give one endpoint a watchRepository of its own. To"
                        + " share the work between applications, run them as several nodes on one"
                        + " JdbcJobWatchRepository.");
            }
        }
        consumers.add(consumer);
    }

    synchronized void consumerStopped(CladoConsumer consumer) {
        consumers.remove(consumer);
    }

    /** The running consumers, for the dev console. */
    List<CladoConsumer> consumers() {
        return List.copyOf(consumers);
    }

    /**
     * Payment policy checks, ledger writes and signing run here, never on the HTTP client's or the route's threads.
     * Tasks refused after shutdown fail their payment (Abort) instead of being dropped, which would leave a payment
     * and its exchange waiting forever.
     */
    synchronized ExecutorService signingExecutor() {
        if (signingExecutor == null) {
            ThreadPoolProfile profile = new ThreadPoolProfile("CladoPayments");
            profile.setPoolSize(1);
            profile.setMaxPoolSize(4);
            profile.setMaxQueueSize(1000);
            profile.setRejectedPolicy(ThreadPoolRejectedPolicy.Abort);
            signingExecutor = getCamelContext().getExecutorServiceManager().newThreadPool(this, "CladoPayments", profile);
        }
        return signingExecutor;
    }

    @Override
    protected void doStop() throws Exception {
        sharedClients.values().forEach(CladoComponent::shutdownNow);
        sharedClients.clear();
        synchronized (this) {
            if (signingExecutor != null) {
                getCamelContext().getExecutorServiceManager().shutdown(signingExecutor);
                signingExecutor = null;
            }
            if (httpExecutor != null) {
                getCamelContext().getExecutorServiceManager().shutdown(httpExecutor);
                httpExecutor = null;
            }
        }
        super.doStop();
    }

    public CladoConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(CladoConfiguration configuration) {
        this.configuration = configuration;
    }
}
