package org.namc.access.spi;

import java.util.List;
import java.util.Optional;
import org.namc.access.domain.Role;
import org.namc.access.domain.RoleId;

/** The roles store. Names are unique. */
public interface Roles {

    /** Inserts or replaces; {@code CONFLICT} when another role holds the name. */
    void save(Role role);

    Optional<Role> findById(RoleId id);

    Optional<Role> findByName(String name);

    /** Every role, active or not, ordered by name. */
    List<Role> all();
}
