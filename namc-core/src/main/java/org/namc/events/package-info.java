@NullMarked
package org.namc.events;

import org.jspecify.annotations.NullMarked;
