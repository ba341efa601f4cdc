@NullMarked
package org.namc.membership.security;

import org.jspecify.annotations.NullMarked;
