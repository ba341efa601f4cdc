package org.namc.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A custom role. {@code rules} are in rule text ({@code "project:publish own"}), {@code includes}
 * names other roles whose permissions this one also grants.
 */
public record CreateRole(@NotBlank @Size(max = 50) String name, @NotBlank @Size(max = 500) String description,
                         @NotNull @Size(max = 500) List<String> rules, @NotNull @Size(max = 50) List<String> includes) {
}
