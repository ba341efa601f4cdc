package org.namc.persistence.jpa.messaging;

/** An element of {@code messages.attachments}: {@code {"file_name", "content_type", "size_bytes", "location"}}. */
record AttachmentJson(String fileName, String contentType, long sizeBytes, String location) {
}
