@NullMarked
package org.namc.audit;

import org.jspecify.annotations.NullMarked;
