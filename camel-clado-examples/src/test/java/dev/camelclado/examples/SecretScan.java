package dev.camelclado.examples;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Array;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;

import org.apache.camel.CamelContext;
import org.apache.camel.CatalogCamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleResolver;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.EventNotifier;
import org.apache.camel.spi.ModelDumpLine;
import org.apache.camel.spi.ModelToXMLDumper;
import org.apache.camel.support.EventNotifierSupport;
import org.apache.camel.support.PluginHelper;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

import dev.camelclado.component.CladoComponent;

/**
 * Looks for secrets (as given, and a wallet key also as hex without 0x and as the decimal number web3j keeps)
 * case-insensitively in whatever it is shown, and notes where each was found. It is shown: every log event while a
 * {@link #traceEverything() capture} is open (log4j2 and java.util.logging, every logger at TRACE/ALL), every
 * exception left on an exchange of a context that has its {@link #exchangeExceptions() notifier}, and what
 * {@link #inspect(CamelContext)} reads from a running context (route dumps, JMX attributes, endpoint URIs, the
 * component's catalog JSON and dev console).
 */
final class SecretScan {

    private static final int MAX_REPORTED = 30;

    /** What to look for (lower case) and how to name it in a report (never the secret itself). */
    private final Map<String, String> needles = new LinkedHashMap<>();
    private final Queue<String> found = new ConcurrentLinkedQueue<>();
    private final AtomicInteger findings = new AtomicInteger();
    private final Set<String> foundIn = ConcurrentHashMap.newKeySet();
    /** How many things were looked at, per kind of place: proof that each place was really read. */
    private final Map<String, AtomicInteger> looked = new ConcurrentHashMap<>();

    SecretScan apiKey(String name, String key) {
        needles.put(key.toLowerCase(Locale.ROOT), name);
        return this;
    }

    SecretScan privateKey(String name, String key) {
        String hex = key.startsWith("0x") || key.startsWith("0X") ? key.substring(2) : key;
        // the hex alone also finds the 0x form, in either case
        needles.put(hex.toLowerCase(Locale.ROOT), name + " (hex)");
        needles.put(new BigInteger(hex, 16).toString(), name + " (as a decimal number)");
        return this;
    }

    private void count(String kind) {
        looked.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
    }

    /** Looks for every secret in {@code text}; {@code kind} and {@code where} say where the text was shown. */
    void check(String kind, String where, Object text) {
        count(kind);
        if (text == null) {
            return;
        }
        String lower = text.toString().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> secret : needles.entrySet()) {
            if (!lower.contains(secret.getKey())) {
                continue;
            }
            foundIn.add(secret.getValue() + " in " + kind);
            if (findings.incrementAndGet() <= MAX_REPORTED) {
                // every secret masked before the text is cut, so that no part of one shows in the report
                String masked = mask(lower);
                int at = masked.indexOf("<" + secret.getValue() + ">");
                String around = masked.substring(Math.max(0, at - 80), Math.min(masked.length(), at + 100));
                found.add(secret.getValue() + " in " + kind + " " + mask(where.toLowerCase(Locale.ROOT)) + ": ..."
                        + around.replaceAll("\\s+", " ") + "...");
            }
        }
    }

    private String mask(String lower) {
        for (Map.Entry<String, String> secret : needles.entrySet()) {
            lower = lower.replace(secret.getKey(), "<" + secret.getValue() + ">");
        }
        return lower;
    }

    /** Where a secret was found (the first few), empty if nowhere. */
    List<String> found() {
        List<String> all = new ArrayList<>(found);
        if (findings.get() > all.size()) {
            all.add("... " + (findings.get() - all.size()) + " more");
        }
        return all;
    }

    /** Which secret was found in which kind of place: "{name} in {kind}". */
    Set<String> foundIn() {
        return foundIn;
    }

    int looked(String kind) {
        AtomicInteger count = looked.get(kind);
        return count == null ? 0 : count.get();
    }

    Map<String, AtomicInteger> lookedAt() {
        return looked;
    }

    static String stackTrace(Throwable e) {
        // printStackTrace prints the causes and suppressed exceptions too, with their messages
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // logs

    /**
     * Sets every log4j2 logger and java.util.logging to TRACE/ALL and looks at each event as it is logged (holding
     * none: a TRACE run logs a lot); close to restore the levels.
     */
    AutoCloseable traceEverything() {
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        Configuration config = logging.getConfiguration();
        AbstractAppender appender = new AbstractAppender("secret-scan", null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                onLog(event);
            }
        };
        appender.start();
        Map<LoggerConfig, Level> levels = new HashMap<>();
        levels.put(config.getRootLogger(), config.getRootLogger().getLevel());
        config.getLoggers().values().forEach(logger -> levels.put(logger, logger.getLevel()));
        levels.keySet().forEach(logger -> {
            logger.setLevel(Level.ALL);
            // root sees the events of additive loggers; the others are given the appender themselves
            if (logger == config.getRootLogger() || !logger.isAdditive()) {
                logger.addAppender(appender, Level.ALL, null);
            }
        });
        logging.updateLoggers();

        java.util.logging.Logger julRoot = java.util.logging.Logger.getLogger("");
        java.util.logging.Level julLevel = julRoot.getLevel();
        Handler julHandler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                onJul(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        julHandler.setLevel(java.util.logging.Level.ALL);
        julRoot.addHandler(julHandler);
        julRoot.setLevel(java.util.logging.Level.ALL);

        return () -> {
            levels.forEach((logger, level) -> {
                logger.removeAppender(appender.getName());
                logger.setLevel(level);
            });
            logging.updateLoggers();
            appender.stop();
            julRoot.removeHandler(julHandler);
            julRoot.setLevel(julLevel);
        };
    }

    private void onLog(LogEvent event) {
        String where = event.getLevel() + " " + event.getLoggerName();
        if (event.getLevel() == Level.TRACE) {
            count("TRACE log event");
        }
        StringBuilder text = new StringBuilder(event.getMessage().getFormattedMessage());
        Object[] parameters = event.getMessage().getParameters();
        if (parameters != null) {
            for (Object parameter : parameters) {
                text.append(' ').append(deepString(parameter));
            }
        }
        text.append(' ').append(event.getContextData());
        if (event.getThrown() != null) {
            text.append(' ').append(stackTrace(event.getThrown()));
        }
        check("log event", where, text);
    }

    private void onJul(LogRecord record) {
        StringBuilder text = new StringBuilder(String.valueOf(record.getMessage()));
        if (record.getParameters() != null) {
            for (Object parameter : record.getParameters()) {
                text.append(' ').append(deepString(parameter));
            }
        }
        if (record.getThrown() != null) {
            text.append(' ').append(stackTrace(record.getThrown()));
        }
        check("java.util.logging record", record.getLevel() + " " + record.getLoggerName(), text);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // exchanges

    /**
     * An event notifier that looks at the exception (thrown or handled) left on each exchange; add it to a context
     * before it starts (Camel Main adds the notifier beans it finds).
     */
    EventNotifier exchangeExceptions() {
        return new EventNotifierSupport() {
            @Override
            public void notify(CamelEvent event) {
                if (event instanceof CamelEvent.ExchangeEvent exchangeEvent) {
                    Exchange exchange = exchangeEvent.getExchange();
                    count("exchange event");
                    for (Throwable e : new Throwable[] { exchange.getException(),
                            exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class) }) {
                        if (e != null) {
                            check("exception on an exchange", "of route " + exchange.getFromRouteId() + " ("
                                    + event.getType() + ")", stackTrace(e));
                        }
                    }
                }
            }
        };
    }

    // ---------------------------------------------------------------------------------------------------------------
    // a running context

    /** Reads what a running context shows about itself and looks for the secrets in it. */
    void inspect(CamelContext context) throws Exception {
        ModelToXMLDumper xml = PluginHelper.getModelToXMLDumper(context);
        for (RouteDefinition route : ((ModelCamelContext) context).getRouteDefinitions()) {
            // placeholders resolved as the route runs, and as written
            check("route dump", route.getRouteId() + " (XML, resolved)", xml.dumpModelAsXml(context, route, true, true, true));
            check("route dump", route.getRouteId() + " (XML)", xml.dumpModelAsXml(context, route, false, true, true));
        }
        for (Route route : context.getRoutes()) {
            StringBuilder structure = new StringBuilder();
            for (ModelDumpLine line : PluginHelper.getModelToStructureDumper(context).dumpStructure(context, route, false)) {
                structure.append(line.code()).append('\n');
            }
            check("route", route.getRouteId() + " (structure dump)", structure);
            check("route", route.getRouteId() + " (description)", route + " " + route.getDescription() + " "
                    + route.getEndpoint().getEndpointUri() + " " + route.getEndpoint() + " " + route.getProperties());
        }
        context.getEndpointRegistry().forEach((uri, endpoint) -> check("endpoint registry", endpoint.getEndpointKey(),
                uri + " " + endpoint.getEndpointUri() + " " + endpoint.getEndpointBaseUri() + " " + endpoint));
        if (context.getRuntimeEndpointRegistry() != null) {
            check("runtime endpoint registry", "", context.getRuntimeEndpointRegistry().getAllEndpoints(true));
        }

        String catalog = ((CatalogCamelContext) context).getComponentParameterJsonSchema("clado");
        check("catalog", "clado.json", catalog);
        String catalogFile = new String(SecretScan.class.getResourceAsStream("/META-INF/dev/camelclado/component/clado.json")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        check("catalog", "META-INF/dev/camelclado/component/clado.json", catalogFile);

        CladoComponent clado = context.getComponent("clado", CladoComponent.class);
        check("component", "clado (toString and configuration)", clado + " " + clado.getConfiguration());
        DevConsoleResolver consoles = context.getCamelContextExtension().getContextPlugin(DevConsoleResolver.class);
        DevConsole console = consoles == null ? null : consoles.resolveDevConsole("clado");
        if (console != null) {
            check("dev console", "clado (text)", console.call(DevConsole.MediaType.TEXT));
            check("dev console", "clado (JSON)", console.call(DevConsole.MediaType.JSON));
        }
        readJmx();
    }

    /** Every readable attribute of every MBean in the org.apache.camel domain; those that throw are skipped (counted). */
    private void readJmx() throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        for (ObjectName name : server.queryNames(new ObjectName("org.apache.camel:*"), null)) {
            check("JMX object name", "", name.toString());
            for (MBeanAttributeInfo attribute : server.getMBeanInfo(name).getAttributes()) {
                if (!attribute.isReadable()) {
                    continue;
                }
                Object value;
                try {
                    value = server.getAttribute(name, attribute.getName());
                } catch (Exception | LinkageError e) {
                    count("JMX attribute that threw (skipped)");
                    continue;
                }
                check("JMX attribute", name + " " + attribute.getName(), deepString(value));
            }
        }
    }

    /** A value as text, into CompositeData, TabularData, arrays and collections. */
    static String deepString(Object value) {
        if (value instanceof CompositeData composite) {
            StringBuilder text = new StringBuilder("{");
            for (String key : composite.getCompositeType().keySet()) {
                text.append(key).append('=').append(deepString(composite.get(key))).append(", ");
            }
            return text.append('}').toString();
        }
        if (value instanceof TabularData table) {
            StringBuilder text = new StringBuilder("[");
            table.values().forEach(row -> text.append(deepString(row)).append(", "));
            return text.append(']').toString();
        }
        // collections only: a Path is an Iterable of Paths, without end
        if (value instanceof java.util.Collection<?> items) {
            StringBuilder text = new StringBuilder("[");
            items.forEach(item -> text.append(deepString(item)).append(", "));
            return text.append(']').toString();
        }
        if (value != null && value.getClass().isArray()) {
            StringBuilder text = new StringBuilder("[");
            for (int i = 0; i < Array.getLength(value); i++) {
                text.append(deepString(Array.get(value, i))).append(", ");
            }
            return text.append(']').toString();
        }
        return String.valueOf(value);
    }
}
