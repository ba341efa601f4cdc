@NullMarked
package org.namc.messaging;

import org.jspecify.annotations.NullMarked;
