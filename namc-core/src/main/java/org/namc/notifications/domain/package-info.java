@NullMarked
package org.namc.notifications.domain;

import org.jspecify.annotations.NullMarked;
