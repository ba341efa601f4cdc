@NullMarked
package org.namc.notifications.push;

import org.jspecify.annotations.NullMarked;
