/** The learning context's outbound ports: its stores, the payment step and the certificate signer. */
@NullMarked
package org.namc.learning.spi;

import org.jspecify.annotations.NullMarked;
