/** B3: an invoice's figures, the library's BigDecimal calculator beside a long-cents reference. */
@NullMarked
package org.namc.benchmarks.billing;

import org.jspecify.annotations.NullMarked;
