package org.namc.billing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.namc.shared.domain.MemberId;

/** Staff give a member {@code days} of membership free of charge, saying why (audited). */
public record ExtendMembership(@NotNull MemberId member, @Min(1) @Max(366) int days,
                               @NotBlank @Size(max = 500) String reason) {
    public static final int MAX_DAYS = 366;
}
