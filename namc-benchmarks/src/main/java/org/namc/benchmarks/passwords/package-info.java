/** B10: one password verification, the library's PBKDF2 beside password4j's PBKDF2 and Argon2id. */
@NullMarked
package org.namc.benchmarks.passwords;

import org.jspecify.annotations.NullMarked;
