@NullMarked
package org.namc;

import org.jspecify.annotations.NullMarked;
