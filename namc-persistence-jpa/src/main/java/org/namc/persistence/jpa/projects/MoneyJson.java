package org.namc.persistence.jpa.projects;

import java.math.BigDecimal;
import java.util.Currency;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.Money;

/** An amount inside a jsonb document: the exact decimal as text, and its currency. */
record MoneyJson(String amount, String currency) {

    static @Nullable MoneyJson of(@Nullable Money money) {
        return money == null ? null : new MoneyJson(money.amount().toPlainString(), money.currency().getCurrencyCode());
    }

    Money toDomain() {
        return Money.of(new BigDecimal(amount), Currency.getInstance(currency));
    }

    static @Nullable Money toDomain(@Nullable MoneyJson json) {
        return json == null ? null : json.toDomain();
    }
}
