package org.namc.notifications.templates;

import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How the host brands its messages: the name and logo in the header, the accent colour, and the
 * footer's postal address, which bulk mail must carry (CAN-SPAM).
 */
public record Branding(String organisation, @Nullable URI logo, String accentColour, String postalAddress,
                       URI website) {
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    public Branding {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(accentColour, "accentColour");
        Objects.requireNonNull(postalAddress, "postalAddress");
        Objects.requireNonNull(website, "website");
        if (!COLOUR.matcher(accentColour).matches()) {
            // It goes into a style attribute: only a plain hex colour may.
            throw new IllegalArgumentException("accentColour must be a hex colour such as #1f4e79");
        }
        if (organisation.isBlank() || postalAddress.isBlank()) {
            throw new IllegalArgumentException("organisation and postalAddress must not be blank");
        }
    }
}
