@NullMarked
package org.namc.testing.data;

import org.jspecify.annotations.NullMarked;
