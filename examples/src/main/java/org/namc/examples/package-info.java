@NullMarked
package org.namc.examples;

import org.jspecify.annotations.NullMarked;
