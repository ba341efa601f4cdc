@NullMarked
package org.namc.audit.internal;

import org.jspecify.annotations.NullMarked;
