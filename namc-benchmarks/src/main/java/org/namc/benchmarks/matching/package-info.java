/** B2 and B2u: ranking members for a project, through the engine and through {@code ProjectsApi}. */
@NullMarked
package org.namc.benchmarks.matching;

import org.jspecify.annotations.NullMarked;
