package dev.camelclado.mpp.tempo;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Objects;

import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthBlock;
import org.web3j.protocol.http.HttpService;
import org.web3j.utils.Numeric;

/**
 * Gas and fees from a Tempo JSON-RPC node, through web3j's client (needs {@code org.web3j:core} on the classpath):
 * gas = {@code eth_estimateGas} + 5,000, max fee = 1.2 × the latest base fee + the priority fee, priority fee =
 * {@code eth_maxPriorityFeePerGas}, as mppx does. Figures over the given bounds fail rather than pay a hostile
 * node's price; the payment policy bounds them again.
 */
public final class RpcGasSource implements GasSource, AutoCloseable {

    static final BigInteger GAS_MARGIN = BigInteger.valueOf(5_000);

    private final Web3j web3j;
    private final GasSettings bounds;

    /**
     * @param rpcUrl the node, e.g. {@code https://rpc.moderato.tempo.xyz}
     * @param bounds the largest gas limit and fees accepted from the node
     */
    public RpcGasSource(String rpcUrl, GasSettings bounds) {
        this(Web3j.build(new HttpService(Objects.requireNonNull(rpcUrl, "rpcUrl"))), bounds);
    }

    RpcGasSource(Web3j web3j, GasSettings bounds) {
        this.web3j = web3j;
        this.bounds = bounds;
    }

    /** Whether web3j's client is on the classpath. */
    public static boolean available() {
        try {
            Class.forName("org.web3j.protocol.Web3j", false, RpcGasSource.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @Override
    public GasSettings settingsFor(Context context) {
        try {
            TempoCall call = context.primaryCall();
            BigInteger estimate = result(web3j.ethEstimateGas(Transaction.createFunctionCallTransaction(context.from(),
                    null, null, null, call.to(), call.value(), Numeric.toHexString(call.data()))).send(), "eth_estimateGas")
                    .getAmountUsed();
            BigInteger priority = result(web3j.ethMaxPriorityFeePerGas().send(), "eth_maxPriorityFeePerGas")
                    .getMaxPriorityFeePerGas();
            EthBlock.Block latest = result(web3j.ethGetBlockByNumber(DefaultBlockParameterName.LATEST, false).send(),
                    "eth_getBlockByNumber").getBlock();
            BigInteger baseFee = latest == null ? null : latest.getBaseFeePerGas();
            if (baseFee == null) {
                baseFee = result(web3j.ethGasPrice().send(), "eth_gasPrice").getGasPrice();
            }
            BigInteger maxFee = baseFee.multiply(BigInteger.valueOf(12)).divide(BigInteger.TEN).add(priority);
            GasSettings settings = new GasSettings(estimate.add(GAS_MARGIN), maxFee, priority);
            if (settings.gasLimit().compareTo(bounds.gasLimit()) > 0 || settings.maxFeePerGas().compareTo(bounds.maxFeePerGas()) > 0) {
                throw new IllegalStateException("the node's gas figures (gas " + settings.gasLimit() + ", max fee "
                        + settings.maxFeePerGas() + ") are over the bounds (gas " + bounds.gasLimit() + ", max fee "
                        + bounds.maxFeePerGas() + ")");
            }
            return settings;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read gas figures from the Tempo node: " + e.getMessage(), e);
        }
    }

    private static <T extends Response<?>> T result(T response, String method) {
        if (response.hasError()) {
            throw new IllegalStateException(method + " failed: " + response.getError().getMessage());
        }
        return response;
    }

    @Override
    public void close() {
        web3j.shutdown();
    }
}
