@NullMarked
package org.namc.documents.pdf;

import org.jspecify.annotations.NullMarked;
