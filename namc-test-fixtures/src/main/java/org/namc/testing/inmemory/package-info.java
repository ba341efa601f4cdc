@NullMarked
package org.namc.testing.inmemory;

import org.jspecify.annotations.NullMarked;
