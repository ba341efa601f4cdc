package org.namc.access;

import java.util.List;
import org.namc.access.domain.RoleId;

/** A role as listed to staff: rules in rule text, inclusions by name. */
public record RoleView(RoleId id, String name, String description, boolean system, boolean active,
                       List<String> rules, List<String> includes, int permissionsCount) {
}
