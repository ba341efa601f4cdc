package org.namc.persistence.jpa.billing;

import java.math.BigDecimal;
import java.util.Currency;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.NamcException;

/**
 * Amounts in the seed's {@code numeric(12, 2)} columns and in jsonb documents. PostgreSQL would
 * silently round a third decimal away, so a currency with more than two minor digits is refused
 * here instead; jsonb holds amounts as decimal strings, never as JSON numbers (doubles to many readers).
 */
final class MoneyColumns {
    private static final int COLUMN_SCALE = 2;

    private MoneyColumns() {
    }

    static BigDecimal amount(Money money) {
        if (Money.scaleOf(money.currency()) > COLUMN_SCALE) {
            throw NamcException.invalid("currency", "supported", money.currency().getCurrencyCode()
                    + " has more minor digits than the billing tables keep (" + COLUMN_SCALE + ")");
        }
        return money.amount();
    }

    static @Nullable BigDecimal amountOrNull(@Nullable Money money) {
        return money == null ? null : amount(money);
    }

    static Money money(BigDecimal amount, String currency) {
        return Money.of(amount, Currency.getInstance(currency));
    }

    static @Nullable Money moneyOrNull(@Nullable BigDecimal amount, String currency) {
        return amount == null ? null : money(amount, currency);
    }

    static String text(Money money) {
        return amount(money).toPlainString();
    }

    static Money fromText(String amount, String currency) {
        return money(new BigDecimal(amount), currency);
    }
}
