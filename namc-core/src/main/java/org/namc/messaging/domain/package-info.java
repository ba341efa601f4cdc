@NullMarked
package org.namc.messaging.domain;

import org.jspecify.annotations.NullMarked;
