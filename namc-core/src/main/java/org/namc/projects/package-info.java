/** Project opportunities, applications and matching: the {@link org.namc.projects.ProjectsApi} and its commands. */
@NullMarked
package org.namc.projects;

import org.jspecify.annotations.NullMarked;
