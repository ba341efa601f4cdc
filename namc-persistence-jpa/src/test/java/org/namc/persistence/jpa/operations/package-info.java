/** Tests of running past one machine: a streaming replica, several nodes, backups that restore, health. */
@NullMarked
package org.namc.persistence.jpa.operations;

import org.jspecify.annotations.NullMarked;
