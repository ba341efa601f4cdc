@NullMarked
package org.namc.documents.csv;

import org.jspecify.annotations.NullMarked;
