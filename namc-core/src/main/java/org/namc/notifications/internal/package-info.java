@NullMarked
package org.namc.notifications.internal;

import org.jspecify.annotations.NullMarked;
