package org.namc.audit.internal;

import java.util.List;
import org.namc.shared.domain.MemberId;

/** The names of the roles a member holds right now, for the audit entry's "who"; wired by the builder. */
@FunctionalInterface
public interface ActorRoles {

    List<String> of(MemberId member);
}
