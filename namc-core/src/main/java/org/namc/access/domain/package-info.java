@NullMarked
package org.namc.access.domain;

import org.jspecify.annotations.NullMarked;
