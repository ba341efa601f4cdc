package org.namc.billing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.namc.shared.domain.Money;

/** One line of a hand-written invoice; {@code taxRate} is a fraction ({@code 0.0725} for 7.25%). */
public record InvoiceLine(@NotBlank @Size(max = 500) String description, @Min(1) @Max(1_000_000) int quantity,
                          @NotNull Money unitPrice, @NotNull BigDecimal taxRate) {

    public static InvoiceLine untaxed(String description, int quantity, Money unitPrice) {
        return new InvoiceLine(description, quantity, unitPrice, BigDecimal.ZERO);
    }
}
