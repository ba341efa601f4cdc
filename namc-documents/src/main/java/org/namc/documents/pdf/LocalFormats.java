package org.namc.documents.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import org.namc.shared.domain.Money;

/**
 * Amounts, rates and dates as a reader in {@code locale} writes them. Amounts keep exactly their
 * currency's minor digits (JPY none, USD two, BHD three) and are never rounded here: the figures
 * come computed from billing, and a figure with more digits than its currency is refused.
 * Formats are made per document (the JDK's number formats are not thread-safe).
 */
final class LocalFormats {
    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter mediumDate;
    private final DateTimeFormatter longDate;

    LocalFormats(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
        this.mediumDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    /** With the currency's symbol or code, as the locale places it ({@code $1,234.50}, {@code 1.234,50 US$}). */
    String money(Money money) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(money.currency());
        return exact(format, money.currency()).format(money.amount());
    }

    /** The number alone, for table columns whose currency the table names once. */
    String number(Money money) {
        return exact(NumberFormat.getNumberInstance(locale), money.currency()).format(money.amount());
    }

    /** A tax rate given as a fraction ({@code 0.0725} is {@code 7.25%}). */
    String rate(BigDecimal fraction) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(4);
        return format.format(fraction);
    }

    /** A percentage given as such ({@code 12.5} is {@code 12.5%}). */
    String percent(BigDecimal percent) {
        return rate(percent.movePointLeft(2));
    }

    String date(Instant instant) {
        return mediumDate.format(instant.atZone(zone));
    }

    String longDate(LocalDate date) {
        return longDate.format(date);
    }

    String longDate(Instant instant) {
        return longDate.format(instant.atZone(zone));
    }

    Locale locale() {
        return locale;
    }

    private static NumberFormat exact(NumberFormat format, Currency currency) {
        int digits = Money.scaleOf(currency);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        format.setGroupingUsed(true);
        return format;
    }
}
