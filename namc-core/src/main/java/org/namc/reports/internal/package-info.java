@NullMarked
package org.namc.reports.internal;

import org.jspecify.annotations.NullMarked;
