package org.namc.documents.csv;

import java.util.regex.Pattern;

/**
 * Keeps spreadsheet programs from running a cell as a formula (CSV injection, OWASP): a cell that
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a
 * leading apostrophe, which spreadsheets show as text and do not evaluate. A plain number
 * ({@code -12.50}) is left as it is, so amounts stay numbers.
 */
public final class FormulaGuard {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private FormulaGuard() {
    }

    public static String neutralise(String cell) {
        if (cell.isEmpty() || !startsDangerously(cell.charAt(0)) || PLAIN_NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }

    private static boolean startsDangerously(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
