package org.namc.documents.csv;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FormulaGuardProperties {

    /** Text biased towards what matters: the dangerous first characters, digits, signs and dots. */
    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.strings().withChars("=+-@\t\r0123456789.,'\" aZé(")
                .withCharRange('\u0000', '\u00ff').ofMaxLength(12);
    }

    @Property
    void noGuardedCellStartsAFormulaUnlessItIsAPlainNumber(@ForAll("cells") String cell) {
        String guarded = FormulaGuard.neutralise(cell);
        if (!guarded.isEmpty() && "=+-@\t\r".indexOf(guarded.charAt(0)) >= 0) {
            assertThat(guarded).matches("[-+]?\\d+(\\.\\d+)?");
        }
    }

    @Property
    void guardingOnlyEverPrefixesAnApostropheAndKeepsTheText(@ForAll("cells") String cell) {
        String guarded = FormulaGuard.neutralise(cell);
        assertThat(guarded).isIn(cell, "'" + cell);
        assertThat(FormulaGuard.neutralise(guarded)).isEqualTo(guarded);
    }
}
