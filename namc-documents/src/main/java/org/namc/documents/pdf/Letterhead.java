package org.namc.documents.pdf;

import java.io.IOException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jspecify.annotations.Nullable;
import org.namc.shared.domain.NamcException;
import org.namc.shared.domain.Violations;

/**
 * The association as its documents present it, set by the host: name, postal address lines, an
 * optional contact line (email, telephone, website), an optional logo (PNG or JPEG bytes), and
 * the time zone its documents' dates are written in (the books' zone, as in
 * {@code BillingSettings}).
 */
public final class Letterhead {
    private final String name;
    private final List<String> addressLines;
    private final @Nullable String contact;
    private final byte @Nullable [] logo;
    private final ZoneId zone;

    private Letterhead(String name, List<String> addressLines, @Nullable String contact, byte @Nullable [] logo,
                       ZoneId zone) {
        Violations.collect()
                .notBlank(name, "name", 200)
                .maxSize(addressLines, "addressLines", 6)
                .check(addressLines.stream().allMatch(l -> !l.isBlank() && l.length() <= 200), "addressLines",
                        "format", "each line must be 1 to 200 characters")
                .maxLength(contact, "contact", 200)
                .required(zone, "zone")
                .throwIfAny();
        this.name = name.strip();
        this.addressLines = addressLines.stream().map(String::strip).toList();
        this.contact = contact == null || contact.isBlank() ? null : contact.strip();
        this.logo = logo == null ? null : logo.clone();
        this.zone = zone;
        if (this.logo != null) {
            requireReadableImage(this.logo);
        }
    }

    public static Letterhead of(String name, List<String> addressLines, ZoneId zone) {
        Violations.collect().required(addressLines, "addressLines").throwIfAny();
        return new Letterhead(name, List.copyOf(addressLines), null, null, zone);
    }

    public Letterhead withContact(String contact) {
        return new Letterhead(name, addressLines, contact, logo, zone);
    }

    /** A PNG or JPEG image; refused at once when it cannot be read, not at the first document. */
    public Letterhead withLogo(byte[] image) {
        return new Letterhead(name, addressLines, contact, Objects.requireNonNull(image, "image"), zone);
    }

    public String name() {
        return name;
    }

    public List<String> addressLines() {
        return addressLines;
    }

    public @Nullable String contact() {
        return contact;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The logo as an image of {@code document}, or null without one. */
    @Nullable PDImageXObject logoIn(PDDocument document) throws IOException {
        return logo == null ? null : PDImageXObject.createFromByteArray(document, logo, "logo");
    }

    private static void requireReadableImage(byte[] image) {
        try (PDDocument probe = new PDDocument()) {
            PDImageXObject.createFromByteArray(probe, image, "logo");
        } catch (IOException | IllegalArgumentException unreadable) {
            throw NamcException.invalid("logo", "image", "must be a PNG or JPEG image");
        }
    }

    @Override
    public String toString() {
        return "Letterhead[" + name + ", logo=" + (logo == null ? "none" : logo.length + " bytes") + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Letterhead l && name.equals(l.name) && addressLines.equals(l.addressLines)
                && Objects.equals(contact, l.contact) && Arrays.equals(logo, l.logo) && zone.equals(l.zone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, addressLines, contact, Arrays.hashCode(logo), zone);
    }
}
