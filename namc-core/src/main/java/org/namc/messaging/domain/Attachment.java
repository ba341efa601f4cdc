package org.namc.messaging.domain;

import org.namc.shared.domain.ViolationRule;
import java.net.URI;
import org.namc.shared.domain.Violations;

/** What is known about an attached file; the file itself lives in the host's storage at {@code location}. */
public record Attachment(String fileName, String contentType, long sizeBytes, URI location) {
    public static final long MAX_BYTES = 25L * 1024 * 1024;

    public Attachment {
        Violations.collect()
                .notBlank(fileName, "fileName", 255)
                .check(fileName == null || !fileName.contains("/") && !fileName.contains("\\"), "fileName", ViolationRule.FORMAT,
                        "must be a file name, not a path")
                .check(contentType != null && contentType.matches("[a-z]+/[a-zA-Z0-9.+-]+"), "contentType", ViolationRule.FORMAT,
                        "must be a media type such as application/pdf")
                .check(sizeBytes > 0 && sizeBytes <= MAX_BYTES, "sizeBytes", ViolationRule.RANGE, "must be 1 byte to 25 MB")
                .required(location, "location")
                .throwIfAny();
    }
}
