/**
 * The projects stores: projects, applications and contractor qualifications, the SQL project
 * search, and the SQL pre-filter of members that matching ranks.
 */
@NullMarked
package org.namc.persistence.jpa.projects;

import org.jspecify.annotations.NullMarked;
