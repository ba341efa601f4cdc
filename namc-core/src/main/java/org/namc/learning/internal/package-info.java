/** The learning use cases; reached only through {@link org.namc.learning.LearningApi}. */
@NullMarked
package org.namc.learning.internal;

import org.jspecify.annotations.NullMarked;
