@NullMarked
package org.namc.messaging.internal;

import org.jspecify.annotations.NullMarked;
