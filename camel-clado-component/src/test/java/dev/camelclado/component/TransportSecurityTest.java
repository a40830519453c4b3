package dev.camelclado.component;

import org.apache.camel.Endpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The API key and payment credentials travel over https, or plain http to loopback, unless allowed on purpose. */
class TransportSecurityTest extends MppTestSupport {

    private Endpoint started(String uri) throws Exception {
        Endpoint endpoint = context.getEndpoint(uri);
        endpoint.start();
        return endpoint;
    }

    @Test
    void aPlainHttpApiOffLoopbackIsRefusedWithoutShowingTheKey() {
        assertThatThrownBy(() -> started("clado:account/credits?baseUrl=http://api.example.com&apiKey=lk_secret_1234"))
                .rootCause().isInstanceOf(CladoConfigurationException.class)
                .hasMessageContaining("baseUrl").hasMessageContaining("allowInsecureHttp")
                .hasMessageNotContaining("lk_secret_1234");
    }

    @Test
    void plainHttpOffLoopbackStartsOnlyWhenAllowed() throws Exception {
        assertThat(started("clado:account/credits?baseUrl=http://10.0.0.8:8080&apiKey=k&allowInsecureHttp=true")
                .getEndpointUri()).contains("allowInsecureHttp=true");
        assertThat(started("clado:account/credits?baseUrl=https://api.example.com&apiKey=k")).isNotNull();
        assertThat(started("clado:account/credits?baseUrl=http://127.0.0.1:9&apiKey=k")).isNotNull();
    }

    @Test
    void aPlainHttpGatewayOffLoopbackIsRefusedUnlessAllowed() throws Exception {
        String gateway = mpp("search/people").replace(SANDBOX.baseUrl(), "http://gateway.example.com");
        assertThatThrownBy(() -> started(gateway)).rootCause().isInstanceOf(CladoConfigurationException.class)
                .hasMessageContaining("gatewayUrl");
        assertThat(started(gateway + "&allowInsecureHttp=true")).isNotNull();
    }
}
