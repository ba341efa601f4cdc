@NullMarked
package org.namc.testing.assertions;

import org.jspecify.annotations.NullMarked;
