@NullMarked
package org.namc.testing.contract;

import org.jspecify.annotations.NullMarked;
