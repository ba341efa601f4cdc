@NullMarked
package org.namc.notifications.outbox;

import org.jspecify.annotations.NullMarked;
