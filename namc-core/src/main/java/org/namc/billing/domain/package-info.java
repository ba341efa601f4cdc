@NullMarked
package org.namc.billing.domain;

import org.jspecify.annotations.NullMarked;
