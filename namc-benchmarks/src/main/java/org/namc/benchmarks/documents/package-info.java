@NullMarked
package org.namc.benchmarks.documents;

import org.jspecify.annotations.NullMarked;
