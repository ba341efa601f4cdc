@NullMarked
package org.namc.shared.authorization;

import org.jspecify.annotations.NullMarked;
