@NullMarked
package org.namc.insights;

import org.jspecify.annotations.NullMarked;
