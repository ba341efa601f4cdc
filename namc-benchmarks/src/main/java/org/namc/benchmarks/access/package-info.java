/** B1 and B1w: access decisions and compiling a member's permissions, beside jCasbin. */
@NullMarked
package org.namc.benchmarks.access;

import org.jspecify.annotations.NullMarked;
