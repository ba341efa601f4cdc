/** B4: registrations racing for the seats of one event, beside an AtomicInteger and a queue. */
@NullMarked
package org.namc.benchmarks.events;

import org.jspecify.annotations.NullMarked;
