@NullMarked
package org.namc.notifications.templates;

import org.jspecify.annotations.NullMarked;
