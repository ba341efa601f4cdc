/** Explainable matching of members to projects, and the compact index that ranks many members fast. */
@NullMarked
package org.namc.projects.matching;

import org.jspecify.annotations.NullMarked;
