package dev.camelclado.karaf.it.routes;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.ComponentResolver;
import org.apache.camel.spi.ConfigurerResolver;
import org.apache.camel.spi.EndpointUriFactory;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.PropertyBindingSupport;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelclado.component.CladoConstants;
import dev.camelclado.component.model.PersonResult;
import dev.camelclado.component.model.SearchResponse;

/**
 * The activator of the bundle KarafFeatureIT installs in Karaf after the camel-clado feature. In a thread of its own
 * (never the framework's), it runs clado: routes in camel-karaf's OSGi CamelContext against the sandbox whose address
 * the test put in Karaf's system properties, and writes what it saw to the result file the test waits for: facts only,
 * the test asserts on them.
 */
public class CladoRoutesActivator implements BundleActivator {

    private static final Logger LOG = LoggerFactory.getLogger(CladoRoutesActivator.class);

    private volatile CamelContext camel;
    private Thread runner;

    @Override
    public void start(BundleContext bundleContext) {
        runner = new Thread(() -> run(bundleContext), "clado-karaf-it");
        runner.setDaemon(true);
        runner.start();
    }

    @Override
    public void stop(BundleContext bundleContext) throws Exception {
        if (runner != null) {
            runner.interrupt();
        }
        CamelContext context = camel;
        if (context != null) {
            context.stop();
        }
    }

    private void run(BundleContext bundleContext) {
        Map<String, String> result = new TreeMap<>();
        String resultFile = System.getProperty("clado.it.result");
        try {
            scenario(bundleContext, result);
            result.put("outcome", "completed");
        } catch (Throwable e) {
            LOG.error("clado Karaf scenario failed", e);
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            result.put("outcome", "failed");
            result.put("error", trace.toString());
        } finally {
            result.put("bundles.notActive", bundlesNotActive(bundleContext));
            write(result, resultFile);
        }
    }

    private void scenario(BundleContext bundleContext, Map<String, String> result) throws Exception {
        String baseUrl = required("clado.it.baseUrl");
        String apiKey = required("clado.it.apiKey");

        // what camel-karaf's Activator registered for the component bundle, as OSGi services
        result.put("services.componentResolver", serviceBundles(bundleContext, ComponentResolver.class, "(component=clado)"));
        result.put("services.configurerResolver.component",
                serviceBundles(bundleContext, ConfigurerResolver.class, "(configurer=clado-component)"));
        result.put("services.configurerResolver.endpoint",
                serviceBundles(bundleContext, ConfigurerResolver.class, "(configurer=clado-endpoint)"));

        CamelContext context = new ItCamelContext(bundleContext);
        camel = context;
        result.put("camel.version", context.getVersion());
        result.put("camel.contextClass", context.getClass().getSuperclass().getName());

        // resolved by name, as a route's clado: URI does: through camel-karaf's OsgiComponentResolver
        Component component = context.getComponent("clado");
        result.put("component.class", component.getClass().getName());
        result.put("component.bundle", FrameworkUtil.getBundle(component.getClass()).getSymbolicName());

        // the generated configurers, looked up the way Camel does (factory finder: camel-karaf's OsgiFactoryFinder)
        PropertyConfigurer componentConfigurer = PluginHelper.getConfigurerResolver(context)
                .resolvePropertyConfigurer("clado-component", context);
        PropertyConfigurer endpointConfigurer = PluginHelper.getConfigurerResolver(context)
                .resolvePropertyConfigurer("clado-endpoint", context);
        result.put("configurer.component", className(componentConfigurer));
        result.put("configurer.endpoint", className(endpointConfigurer));
        result.put("configurer.component.ofComponent", className(component.getComponentPropertyConfigurer()));
        result.put("configurer.endpoint.ofComponent", className(component.getEndpointPropertyConfigurer()));

        // the generated endpoint URI factory
        EndpointUriFactory uriFactory = context.getCamelContextExtension().getEndpointUriFactory("clado");
        result.put("urifactory", className(uriFactory));
        if (uriFactory != null) {
            Map<String, Object> parameters = new TreeMap<>();
            parameters.put("resource", "search");
            parameters.put("action", "people");
            parameters.put("limit", 3);
            result.put("urifactory.built", uriFactory.buildUri("clado", parameters, false));
        }

        // component options bound with the generated component configurer, as camel.component.clado.* would be
        Map<String, Object> options = new TreeMap<>();
        options.put("baseUrl", baseUrl);
        options.put("apiKey", apiKey);
        result.put("componentOptions.bound", String.valueOf(PropertyBindingSupport.build().withCamelContext(context)
                .withTarget(component).withConfigurer(componentConfigurer).withProperties(options)
                .withRemoveParameters(true).withReflection(false).bind()));

        CompletableFuture<Exchange> terminal = new CompletableFuture<>();
        String mppUri = "clado:profile/get?mode=mpp&gatewayUrl=" + baseUrl + "&walletPrivateKey=RAW("
                + required("clado.it.walletPrivateKey") + ")&allowedRecipients=" + required("clado.it.recipient");
        // Started before its routes are added: camel-core-osgi 4.10.7's OsgiDefaultCamelContext initializes the
        // context in its constructor (4.14.5's only builds it), and Camel 4.14 then starts no route added before
        // start(); routes added to a started context start at once.
        context.start();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:search").to("clado:search/people?limit=3");
                from("direct:deepResearch").to("clado:deepResearch/start?limit=5");
                from("clado:deepResearch/status?initialDelay=0&delay=50").routeId("watch")
                        .filter(header(CladoConstants.JOB_TERMINAL).isEqualTo(true))
                        .process(exchange -> terminal.complete(exchange));
                from("direct:mpp").to(mppUri);
            }
        });
        result.put("routes.started", String.valueOf(context.getRouteController().getRouteStatus("watch").isStarted()));

        ProducerTemplate template = context.createProducerTemplate();

        // direct mode: a search
        Exchange search = template.request("direct:search",
                e -> e.getMessage().setHeader(CladoConstants.QUERY, "platform engineers who know Apache Camel"));
        failIfFailed("search", search);
        SearchResponse people = search.getMessage().getBody(SearchResponse.class);
        result.put("search.results", String.valueOf(people.getResults().size()));
        result.put("search.firstName", people.getResults().get(0).getProfile().getName());

        // a deep research started by a producer and followed to its end by the consumer
        Exchange started = template.request("direct:deepResearch",
                e -> e.getMessage().setHeader(CladoConstants.QUERY, "data engineers in Lisbon"));
        failIfFailed("deepResearch/start", started);
        String jobId = started.getMessage().getHeader(CladoConstants.JOB_ID, String.class);
        result.put("deepResearch.jobId", jobId);
        Exchange end = terminal.get(60, TimeUnit.SECONDS);
        result.put("deepResearch.terminalJobId", end.getMessage().getHeader(CladoConstants.JOB_ID, String.class));
        result.put("deepResearch.terminalStatus", end.getMessage().getHeader(CladoConstants.JOB_STATUS, String.class));

        // mpp mode: a call paid from a test wallet through the sandbox gateway (web3j and bouncycastle sign it)
        Exchange paid = template.request("direct:mpp",
                e -> e.getMessage().setHeader(CladoConstants.LINKEDIN_URL, "https://www.linkedin.com/in/alexjohnson"));
        failIfFailed("profile/get in mpp mode", paid);
        result.put("mpp.name", paid.getMessage().getBody(PersonResult.class).getProfile().getName());
        result.put("mpp.paidAmount", paid.getMessage().getHeader(CladoConstants.PAID_AMOUNT, String.class));
        result.put("mpp.paymentReference", paid.getMessage().getHeader(CladoConstants.PAYMENT_REFERENCE, String.class));

        context.stop();
        result.put("camel.stopped", String.valueOf(context.isStopped()));
    }

    private static void failIfFailed(String what, Exchange exchange) throws Exception {
        if (exchange.getException() != null) {
            throw new IllegalStateException(what + " failed", exchange.getException());
        }
    }

    private static String serviceBundles(BundleContext bundleContext, Class<?> type, String filter) throws Exception {
        Collection<? extends ServiceReference<?>> references = bundleContext.getServiceReferences(type, filter)
                .stream().map(reference -> (ServiceReference<?>) reference).toList();
        return references.stream().map(reference -> reference.getBundle().getSymbolicName()).sorted()
                .collect(Collectors.joining(","));
    }

    private static String bundlesNotActive(BundleContext bundleContext) {
        return Arrays.stream(bundleContext.getBundles())
                .filter(bundle -> bundle.getHeaders().get("Fragment-Host") == null)
                .filter(bundle -> bundle.getState() != Bundle.ACTIVE)
                .map(bundle -> bundle.getSymbolicName() + ":" + bundle.getState())
                .collect(Collectors.joining(","));
    }

    private static String className(Object object) {
        return object == null ? "" : object.getClass().getName();
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set");
        }
        return value;
    }

    private static void write(Map<String, String> result, String file) {
        if (file == null) {
            LOG.error("clado.it.result is not set; result: {}", result);
            return;
        }
        Properties properties = new Properties();
        properties.putAll(result);
        Path target = Path.of(file);
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            properties.store(out, "written in Karaf by " + CladoRoutesActivator.class.getName());
        } catch (IOException e) {
            LOG.error("cannot write {}", partial, e);
            return;
        }
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.error("cannot move {} to {}", partial, target, e);
        }
    }
}
