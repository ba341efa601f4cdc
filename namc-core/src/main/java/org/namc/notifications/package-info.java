@NullMarked
package org.namc.notifications;

import org.jspecify.annotations.NullMarked;
