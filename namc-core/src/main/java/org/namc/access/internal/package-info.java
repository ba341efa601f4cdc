@NullMarked
package org.namc.access.internal;

import org.jspecify.annotations.NullMarked;
