@NullMarked
package org.namc.insights.internal;

import org.jspecify.annotations.NullMarked;
