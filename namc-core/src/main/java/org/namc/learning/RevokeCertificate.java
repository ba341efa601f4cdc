package org.namc.learning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.namc.learning.domain.CertificateId;

public record RevokeCertificate(@NotNull CertificateId certificateId, @NotBlank @Size(max = 500) String reason) {
}
