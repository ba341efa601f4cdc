/**
 * Fills a schema with a realistic association at scale (members, projects, a hash-chained audit
 * trail), for benchmarks and capacity tests; {@code scripts/generate-data.sh} runs it.
 */
@NullMarked
package org.namc.persistence.jpa.generator;

import org.jspecify.annotations.NullMarked;
