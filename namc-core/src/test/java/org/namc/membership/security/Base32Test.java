package org.namc.membership.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Base32Test {

    /** RFC 4648 section 10, without the padding. */
    @ParameterizedTest
    @CsvSource(value = {
        "'', ''",
        "f, MY",
        "fo, MZXQ",
        "foo, MZXW6",
        "foob, MZXW6YQ",
        "fooba, MZXW6YTB",
        "foobar, MZXW6YTBOI"
    })
    void rfc4648TestVectors(String plain, String encoded) {
        byte[] bytes = plain.getBytes(StandardCharsets.US_ASCII);

        assertThat(Base32.encode(bytes)).isEqualTo(encoded);
        assertThat(Base32.decode(encoded)).isEqualTo(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MZXW6YTBOI======", "mzxw6ytboi", "MZXW 6YTB OI", "mzxw 6ytb oi======"})
    void decodingIgnoresCasePaddingAndSpaces(String encoded) {
        assertThat(Base32.decode(encoded)).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MZXW1", "MZXW0", "MZXW8", "MZ-XW", "MZ\tXW", "MZXW6YTBOÍ", "MZXW6_"})
    void decodingRejectsOtherCharacters(String encoded) {
        assertThatIllegalArgumentException().isThrownBy(() -> Base32.decode(encoded))
                .withMessageNotContaining(encoded);
    }

    @Property
    void roundTrip(@ForAll @Size(max = 100) byte[] data) {
        String encoded = Base32.encode(data);

        assertThat(encoded).matches("[A-Z2-7]*").hasSize((data.length * 8 + 4) / 5);
        assertThat(Base32.decode(encoded)).isEqualTo(data);
        assertThat(Base32.decode(encoded.toLowerCase(Locale.ROOT))).isEqualTo(data);
    }
}
