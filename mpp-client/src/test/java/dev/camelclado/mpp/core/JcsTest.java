package dev.camelclado.mpp.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JcsTest {

    private static String jcs(String json) throws Exception {
        return Jcs.canonicalize(Json.MAPPER.readTree(json));
    }

    @Test
    void sortsKeysAtEveryLevelAndDropsWhitespace() throws Exception {
        assertThat(jcs("{ \"recipient\": \"0x1\", \"amount\": \"1\", \"methodDetails\": { \"splits\": [ {\"b\":1, \"a\":2} ],"
                + " \"chainId\": 42431 } }"))
                .isEqualTo("{\"amount\":\"1\",\"methodDetails\":{\"chainId\":42431,\"splits\":[{\"a\":2,\"b\":1}]},\"recipient\":\"0x1\"}");
    }

    @Test
    void sortsByUtf16CodeUnits() throws Exception {
        assertThat(jcs("{\"\u20ac\":1,\"a\":2,\"\ud83d\ude00\":3,\"B\":4}")).isEqualTo("{\"B\":4,\"a\":2,\"\u20ac\":1,\"\ud83d\ude00\":3}");
    }

    @Test
    void escapesLikeEcmascript() throws Exception {
        assertThat(jcs("{\"s\":\"q\\\" b\\\\ n\\n t\\t c\\u0001 e\\u00e9 /\"}")).isEqualTo("{\"s\":\"q\\\" b\\\\ n\\n t\\t c\\u0001 eé /\"}");
    }

    @Test
    void refusesNumbersItCannotWriteLikeOtherImplementations() {
        assertThatThrownBy(() -> jcs("{\"x\":1.5}")).hasMessageContaining("only integral numbers");
        assertThatThrownBy(() -> jcs("{\"x\":9007199254740993}")).hasMessageContaining("safe range");
    }

    @Test
    void base64UrlHasNoPaddingAndRefusesOtherAlphabets() {
        assertThat(Base64Url.encode(new byte[] { (byte) 0xfb, (byte) 0xff })).isEqualTo("-_8");
        assertThat(Base64Url.decode("-_8", "x")).containsExactly((byte) 0xfb, (byte) 0xff);
        assertThat(Base64Url.decode("-_8=", "x")).containsExactly((byte) 0xfb, (byte) 0xff);
        assertThatThrownBy(() -> Base64Url.decode("+/8", "x")).isInstanceOf(MppProtocolException.class);
        assertThatThrownBy(() -> Base64Url.decode("a", "x")).isInstanceOf(MppProtocolException.class);
    }
}
