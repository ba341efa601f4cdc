package org.namc.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

public record ChangeRole(@NotBlank String name, @NotBlank @Size(max = 500) String description,
                         @NotNull @Size(max = 500) List<String> rules, @NotNull @Size(max = 50) List<String> includes) {
}
