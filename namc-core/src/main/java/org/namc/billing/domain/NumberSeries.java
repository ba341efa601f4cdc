package org.namc.billing.domain;

/** The numbered document series; each counts from 1 again every year. */
public enum NumberSeries {
    INVOICE("NAMC"),
    CREDIT_NOTE("NAMC-CN");

    private final String prefix;

    NumberSeries(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
