@NullMarked
package org.namc.reports;

import org.jspecify.annotations.NullMarked;
