/**
 * JMH benchmarks of the library's hot paths. Each benchmark class runs the library and an
 * alternative (another library, or the plainest correct code) on the same state in the same
 * run, and refuses to start unless both give the same answers.
 */
@NullMarked
package org.namc.benchmarks;

import org.jspecify.annotations.NullMarked;
