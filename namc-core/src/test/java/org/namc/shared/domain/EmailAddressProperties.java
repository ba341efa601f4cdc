package org.namc.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class EmailAddressProperties {

    /** Arbitrary text, plus text made of Latin letters, combining marks and spaces, where normal forms bite. */
    @Provide
    Arbitrary<String> text() {
        Arbitrary<String> marked = Arbitraries.strings()
                .withCharRange('A', 'Z').withCharRange('a', 'z').withCharRange('\u0300', '\u036F')
                .withChars(' ', '\u0130', '\u212B', '\u212A')
                .ofMaxLength(12);
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(40), marked);
    }

    @Property(tries = 2000)
    void normalisationIsIdempotent(@ForAll("text") String raw) {
        String once = EmailAddress.normalise(raw);

        assertThat(codePoints(EmailAddress.normalise(once))).isEqualTo(codePoints(once));
    }

    static String codePoints(String s) {
        return s.codePoints().mapToObj(c -> String.format("U+%04X", c))
                .collect(java.util.stream.Collectors.joining(" "));
    }

    @Property
    void anAcceptedAddressIsAlreadyInNormalForm(@ForAll("addresses") String raw) {
        EmailAddress email = EmailAddress.of(raw);

        assertThat(EmailAddress.normalise(email.value())).isEqualTo(email.value());
        assertThat(EmailAddress.of(email.value())).isEqualTo(email);
    }

    @Property
    void equalityIgnoresCase(@ForAll("addresses") String raw) {
        assertThat(EmailAddress.of(raw.toUpperCase(java.util.Locale.ROOT))).isEqualTo(EmailAddress.of(raw));
    }

    @Provide
    Arbitrary<String> addresses() {
        Arbitrary<String> local = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                .withCharRange('0', '9').withChars('+', '_').ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
                .ofMinLength(1).ofMaxLength(15);
        Arbitrary<String> tld = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(6);
        return net.jqwik.api.Combinators.combine(local, label, tld).as((l, d, t) -> l + "@" + d + "." + t);
    }
}
