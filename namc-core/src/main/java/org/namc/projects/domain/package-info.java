/** Projects, applications, contractor qualifications and the value objects they are made of. */
@NullMarked
package org.namc.projects.domain;

import org.jspecify.annotations.NullMarked;
