/** Turns JMH's JSON results into docs/PERFORMANCE.md: ours beside each alternative, with ratio and goal. */
@NullMarked
package org.namc.benchmarks.report;

import org.jspecify.annotations.NullMarked;
