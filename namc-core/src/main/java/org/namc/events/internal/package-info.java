@NullMarked
package org.namc.events.internal;

import org.jspecify.annotations.NullMarked;
