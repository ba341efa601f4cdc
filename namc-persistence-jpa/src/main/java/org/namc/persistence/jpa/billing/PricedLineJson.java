package org.namc.persistence.jpa.billing;

/**
 * One element of {@code invoices.line_items}: the line as written and its computed figures, so an
 * issued invoice reads back exactly as it was issued whatever the calculator does later. Amounts
 * and the tax rate are decimal strings in the invoice's currency.
 */
record PricedLineJson(String description, int quantity, String unitPrice, String taxRate, String amount,
                      String discount, String tax) {
}
