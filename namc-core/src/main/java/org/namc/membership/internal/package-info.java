@NullMarked
package org.namc.membership.internal;

import org.jspecify.annotations.NullMarked;
