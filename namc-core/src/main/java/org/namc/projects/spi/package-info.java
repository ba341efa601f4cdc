/** The stores and the search the projects context needs from adapters. */
@NullMarked
package org.namc.projects.spi;

import org.jspecify.annotations.NullMarked;
