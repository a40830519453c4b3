package dev.camelclado.karaf.it.routes;

import org.apache.camel.TypeConverter;
import org.apache.camel.impl.converter.DefaultTypeConverter;
import org.apache.camel.karaf.core.OsgiDefaultCamelContext;
import org.apache.camel.spi.PackageScanClassResolver;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.scan.DefaultPackageScanClassResolver;
import org.osgi.framework.BundleContext;

/**
 * camel-karaf's {@link OsgiDefaultCamelContext} (the context camel-karaf's Blueprint and Main create for a bundle) with
 * two factories put back to Camel's defaults.
 * <p>
 * The camel-core-osgi in this Karaf is camel-karaf 4.10.7's (4.14.x is not on the mirror), running on Camel 4.14.5.
 * Its {@code OsgiTypeConverter} and {@code OsgiPackageScanClassResolver} use
 * {@code org.apache.camel.impl.engine.DefaultPackageScanClassResolver}, which Camel 4.14 moved to
 * {@code org.apache.camel.support.scan}: they would fail with {@link NoClassDefFoundError}. The two overrides below
 * create what Camel's {@code SimpleCamelContext} 4.14.5 creates instead. Everything else (the OSGi component, language,
 * data format and factory finder resolvers, the OSGi bean registry, the bundle class loader) is camel-karaf's.
 */
public class ItCamelContext extends OsgiDefaultCamelContext {

    public ItCamelContext(BundleContext bundleContext) {
        super(bundleContext);
    }

    @Override
    protected TypeConverter createTypeConverter() {
        return new DefaultTypeConverter(getCamelContextReference(), PluginHelper.getPackageScanClassResolver(this),
                getInjector(), isLoadTypeConverters(), isTypeConverterStatisticsEnabled());
    }

    @Override
    protected PackageScanClassResolver createPackageScanClassResolver() {
        return new DefaultPackageScanClassResolver();
    }
}
