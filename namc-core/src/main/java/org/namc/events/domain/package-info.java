@NullMarked
package org.namc.events.domain;

import org.jspecify.annotations.NullMarked;
