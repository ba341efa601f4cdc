@NullMarked
package org.namc.membership.domain;

import org.jspecify.annotations.NullMarked;
