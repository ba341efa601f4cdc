/** Tests of the API's views as a web layer would use them. */
@NullMarked
package org.namc.views;

import org.jspecify.annotations.NullMarked;
