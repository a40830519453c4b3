package dev.camelclado.mpp.tempo;

import java.math.BigInteger;
import java.util.List;

import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.utils.Numeric;

/** TIP-20 token calls (Tempo stablecoins are precompiles with an ERC-20-like interface). */
public final class Tip20 {

    /** {@code transferWithMemo(address,uint256,bytes32)}. */
    public static final String TRANSFER_WITH_MEMO_SELECTOR = "0x95777d59";
    /** {@code transfer(address,uint256)}. */
    public static final String TRANSFER_SELECTOR = "0xa9059cbb";

    private Tip20() {
    }

    public static byte[] transferWithMemo(String recipient, BigInteger amount, byte[] memo) {
        return encode(new Function("transferWithMemo", List.of(new Address(recipient), new Uint256(amount),
                new Bytes32(memo)), List.of()));
    }

    public static byte[] transfer(String recipient, BigInteger amount) {
        return encode(new Function("transfer", List.of(new Address(recipient), new Uint256(amount)), List.of()));
    }

    private static byte[] encode(Function function) {
        return Numeric.hexStringToByteArray(FunctionEncoder.encode(function));
    }
}
