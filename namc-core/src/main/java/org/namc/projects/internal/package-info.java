/** The projects use cases behind {@link org.namc.projects.ProjectsApi}. */
@NullMarked
package org.namc.projects.internal;

import org.jspecify.annotations.NullMarked;
