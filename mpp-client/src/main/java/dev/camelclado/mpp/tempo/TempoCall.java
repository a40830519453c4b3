package dev.camelclado.mpp.tempo;

import java.math.BigInteger;
import java.util.Arrays;

import org.web3j.utils.Numeric;

/** One call of a Tempo transaction: target, value (always 0 for TIP-20) and calldata. */
public record TempoCall(String to, BigInteger value, byte[] data) {

    public TempoCall {
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TempoCall call && Addresses.same(to, call.to) && value.equals(call.value)
                && Arrays.equals(data, call.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "TempoCall[to=" + to + ", value=" + value + ", data=" + Numeric.toHexString(data) + "]";
    }
}
