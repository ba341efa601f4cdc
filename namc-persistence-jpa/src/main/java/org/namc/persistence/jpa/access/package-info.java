/**
 * The access-control stores: roles with their permission rules and inclusions, and the grants
 * of roles to members, mapped to the seed's {@code roles}, {@code permissions},
 * {@code role_permissions} and {@code user_roles}.
 */
@NullMarked
package org.namc.persistence.jpa.access;

import org.jspecify.annotations.NullMarked;
