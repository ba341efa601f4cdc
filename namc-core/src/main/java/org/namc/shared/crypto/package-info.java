@NullMarked
package org.namc.shared.crypto;

import org.jspecify.annotations.NullMarked;
