package dev.camelclado.mpp.tempo;

/**
 * Factories for gas sources whose signatures name no web3j-core type, so that code using them compiles and runs
 * without that optional dependency until a node is actually configured.
 */
public final class GasSources {

    private GasSources() {
    }

    /**
     * Reads gas figures from a Tempo JSON-RPC node; the result is {@link AutoCloseable}.
     *
     * @throws IllegalStateException when org.web3j:core is not on the classpath
     */
    public static GasSource rpc(String rpcUrl, GasSettings bounds) {
        if (!RpcGasSource.available()) {
            throw new IllegalStateException("reading gas figures from a node needs web3j's JSON-RPC client: add"
                    + " org.web3j:core:4.13.0");
        }
        return new RpcGasSource(rpcUrl, bounds);
    }
}
