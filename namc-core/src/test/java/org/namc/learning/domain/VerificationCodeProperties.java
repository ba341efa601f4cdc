package org.namc.learning.domain;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.namc.shared.domain.NamcException;

/** The check symbol catches every single wrong symbol and every swap of two different neighbours. */
class VerificationCodeProperties {

    @Provide
    Arbitrary<VerificationCode> codes() {
        return Arbitraries.of(VerificationCode.ALPHABET.chars().mapToObj(c -> (char) c).toList())
                .list().ofSize(VerificationCode.RANDOM_SYMBOLS)
                .map(symbols -> {
                    StringBuilder s = new StringBuilder();
                    symbols.forEach(s::append);
                    return new VerificationCode(s.append(VerificationCode.checkSymbol(s.toString())).toString());
                });
    }

    @Property
    void everySingleSymbolTypoIsCaught(@ForAll("codes") VerificationCode code,
                                       @ForAll @IntRange(min = 0, max = 17) int position,
                                       @ForAll @IntRange(min = 1, max = 30) int shift) {
        String value = code.value();
        int index = VerificationCode.ALPHABET.indexOf(value.charAt(position));
        char typo = VerificationCode.ALPHABET.charAt((index + shift) % 31);
        String mistyped = value.substring(0, position) + typo + value.substring(position + 1);
        assertThatThrownBy(() -> new VerificationCode(mistyped)).isInstanceOf(NamcException.class);
    }

    @Property
    void everyAdjacentTranspositionIsCaught(@ForAll("codes") VerificationCode code,
                                            @ForAll @IntRange(min = 0, max = 16) int position) {
        String value = code.value();
        if (value.charAt(position) == value.charAt(position + 1)) {
            return; // swapping equal symbols changes nothing
        }
        String swapped = value.substring(0, position) + value.charAt(position + 1) + value.charAt(position)
                + value.substring(position + 2);
        assertThatThrownBy(() -> new VerificationCode(swapped)).isInstanceOf(NamcException.class);
    }
}
