package org.namc.documents.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "=HYPERLINK(\"http://evil.example\",\"click\")", "+1+cmd|' /C calc'!A0",
        "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1", "-", "+", "=", "@"})
    void cellsASpreadsheetWouldEvaluateBecomeText(String cell) {
        assertThat(FormulaGuard.neutralise(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "José Núñez", "106.16", "-20.00", "+5", "12", "2026-03-01T10:00:00Z", "a=b",
        "NAMC-2026-000001", " =1"})
    void everythingElseStaysAsItIs(String cell) {
        assertThat(FormulaGuard.neutralise(cell)).isEqualTo(cell);
    }
}
