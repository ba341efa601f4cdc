@NullMarked
package org.namc.audit.domain;

import org.jspecify.annotations.NullMarked;
