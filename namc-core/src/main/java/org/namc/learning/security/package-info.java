/** JDK-only defaults for the learning context's capability ports (Ed25519 certificate signing). */
@NullMarked
package org.namc.learning.security;

import org.jspecify.annotations.NullMarked;
