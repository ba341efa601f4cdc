package org.namc.persistence.jpa;

import java.time.Instant;
import org.namc.membership.spi.Members;
import org.namc.shared.domain.MemberId;
import org.namc.testing.data.MemberBuilder;

/**
 * Stores a member for each id a contract suite makes up, so that rows referring to members
 * satisfy the schema's foreign keys to {@code users}.
 */
public final class ExistingMembers {
    private ExistingMembers() {
    }

    public static void ensure(TestSchema db, MemberId... ids) {
        Members members = db.persistence().members();
        for (MemberId id : ids) {
            if (members.findById(id).isEmpty()) {
                members.save(MemberBuilder.aMember().member(id, Instant.EPOCH));
            }
        }
    }
}
