/**
 * The membership stores: members and their hashed security tokens, mapped to the seed's {@code users} table.
 */
@NullMarked
package org.namc.persistence.jpa.membership;

import org.jspecify.annotations.NullMarked;
