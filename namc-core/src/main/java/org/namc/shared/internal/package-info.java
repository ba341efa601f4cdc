@NullMarked
package org.namc.shared.internal;

import org.jspecify.annotations.NullMarked;
