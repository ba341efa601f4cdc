@NullMarked
package org.namc.insights.domain;

import org.jspecify.annotations.NullMarked;
