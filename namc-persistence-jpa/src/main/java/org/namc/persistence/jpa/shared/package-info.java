/**
 * Transactions and the pieces every feature's stores share: error translation and geography values.
 */
@NullMarked
package org.namc.persistence.jpa.shared;

import org.jspecify.annotations.NullMarked;
