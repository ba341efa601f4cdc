@NullMarked
package org.namc.billing.internal;

import org.jspecify.annotations.NullMarked;
