package dev.camelclado.mpp.tempo;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Gas figures from a (stub) Tempo node over web3j's JSON-RPC client, as mppx computes them. */
class RpcGasSourceTest {

    HttpServer node;
    final List<String> methods = new CopyOnWriteArrayList<>();
    volatile String baseFee = "0x2540be400"; // 10 gwei-attodollars

    @BeforeEach
    void start() throws IOException {
        node = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        node.createContext("/", exchange -> {
            JsonNode call = new ObjectMapper().readTree(exchange.getRequestBody());
            String method = call.path("method").asText();
            methods.add(method);
            String result = switch (method) {
                case "eth_estimateGas" -> "\"0x493e0\""; // 300000
                case "eth_maxPriorityFeePerGas" -> "\"0x0\"";
                case "eth_getBlockByNumber" -> "{\"number\":\"0x1\",\"hash\":\"0x" + "00".repeat(32) + "\",\"baseFeePerGas\":\""
                        + baseFee + "\",\"transactions\":[],\"uncles\":[]}";
                default -> "null";
            };
            byte[] body = ("{\"jsonrpc\":\"2.0\",\"id\":" + call.path("id") + ",\"result\":" + result + "}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        node.start();
    }

    @AfterEach
    void stop() {
        node.stop(0);
    }

    GasSource.Context context() {
        return new GasSource.Context(42431, "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
                new TempoCall(TempoNetworks.PATH_USD, BigInteger.ZERO, Tip20.transfer(TempoNetworks.PATH_USD, BigInteger.ONE)),
                false);
    }

    @Test
    void gasIsTheEstimatePlusAMarginAndTheFeeIsTheBaseFeeWithHeadroom() {
        try (RpcGasSource source = new RpcGasSource("http://127.0.0.1:" + node.getAddress().getPort(),
                new GasSettings(BigInteger.valueOf(2_000_000), BigInteger.valueOf(100_000_000_000L), BigInteger.ZERO))) {
            GasSettings gas = source.settingsFor(context());
            // fixture 01 recorded the same figures from mppx: 305000 gas at 12e9
            assertThat(gas.gasLimit()).isEqualTo(BigInteger.valueOf(305_000));
            assertThat(gas.maxFeePerGas()).isEqualTo(BigInteger.valueOf(12_000_000_000L));
            assertThat(gas.maxPriorityFeePerGas()).isZero();
            assertThat(methods).contains("eth_estimateGas", "eth_maxPriorityFeePerGas", "eth_getBlockByNumber");
        }
    }

    @Test
    void aNodeAskingTooMuchIsNotFollowed() {
        baseFee = "0x174876e8000"; // 1600 gwei
        try (RpcGasSource source = new RpcGasSource("http://127.0.0.1:" + node.getAddress().getPort(),
                new GasSettings(BigInteger.valueOf(2_000_000), BigInteger.valueOf(100_000_000_000L), BigInteger.ZERO))) {
            assertThatThrownBy(() -> source.settingsFor(context())).hasMessageContaining("over the bounds");
        }
        assertThat(RpcGasSource.available()).isTrue();
    }
}
