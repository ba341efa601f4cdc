@NullMarked
package org.namc.access;

import org.jspecify.annotations.NullMarked;
