@NullMarked
package org.namc.notifications.email;

import org.jspecify.annotations.NullMarked;
