package org.namc.persistence.jpa.notifications;

import static org.namc.testing.data.MemberBuilder.aMember;

import java.time.Instant;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.domain.MemberId;

/** Members the notification rows refer to: their foreign keys need a {@code users} row. */
public final class StoredMembers {
    private StoredMembers() {
    }

    public static void ensure(TestSchema db, MemberId member) {
        if (db.persistence().members().findById(member).isEmpty()) {
            db.persistence().members().save(aMember().member(member, Instant.parse("2026-01-01T00:00:00Z")));
        }
    }
}
