@NullMarked
package org.namc.shared.domain;

import org.jspecify.annotations.NullMarked;
