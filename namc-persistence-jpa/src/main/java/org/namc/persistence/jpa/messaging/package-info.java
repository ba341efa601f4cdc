/**
 * The messaging stores: direct messages in the seed's {@code messages} table, and who blocked whom
 * in {@code member_blocks}.
 */
@NullMarked
package org.namc.persistence.jpa.messaging;

import org.jspecify.annotations.NullMarked;
