package org.namc.persistence.jpa.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.namc.testing.data.MemberBuilder.aMember;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.persistence.jpa.TestDatabase;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.AuditRecord;
import org.namc.shared.domain.AuditRecord.Change;
import org.namc.shared.domain.AuditRecord.Outcome;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;

/** Audit records through audit_logs: every field back as it went in, stored in the seed's columns. */
class JpaAuditTrailTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    private JpaAuditTrail audit;
    private MemberId ana;
    private MemberId staff;

    @BeforeEach
    void twoMembers() {
        db.truncateAll();
        audit = db.persistence().auditTrail();
        ana = db.persistence().members().save(aMember().member(new MemberId(UUID.randomUUID()), AT)).id();
        staff = db.persistence().members().save(aMember().member(new MemberId(UUID.randomUUID()), AT)).id();
    }

    @Test
    void readsBackEveryRecordAsItWasWrittenInOrder() {
        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put("zeta", new Change(null, "1"));
        changes.put("alpha", new Change("[redacted]", "[redacted]"));
        List<AuditRecord> written = List.of(
                new AuditRecord(AT, Actor.member(ana).impersonatedBy(staff), "member.renew", "member", ana.toString(),
                        Outcome.SUCCESS, null, changes),
                new AuditRecord(AT, Actor.anonymous(), "member.login", "member", null, Outcome.FAILURE,
                        ErrorCode.INVALID_CREDENTIALS, Map.of()),
                new AuditRecord(AT.plusSeconds(1), Actor.system(), "member.unlock", "member", ana.toString(),
                        Outcome.FAILURE, null, Map.of("lockedUntil", new Change("2026-03-01T10:01:00Z", null))));
        written.forEach(audit::record);

        List<AuditRecord> read = audit.recordsBetween(AT, AT.plusSeconds(2));

        assertThat(read).containsExactlyElementsOf(written);
        assertThat(read.get(0).changes().keySet()).containsExactly("zeta", "alpha");
        assertThat(audit.recordsBetween(AT.plusSeconds(1), AT.plusSeconds(2))).hasSize(1);
    }

    @Test
    void storesTheSeedsColumns() throws SQLException {
        audit.record(new AuditRecord(AT, Actor.member(ana).impersonatedBy(staff), "member.renew", "member",
                ana.toString(), Outcome.SUCCESS, null, Map.of("membershipExpiresAt", new Change(null, "2027-03-01"))));
        audit.record(new AuditRecord(AT, Actor.anonymous(), "member.login", "member", null, Outcome.FAILURE,
                ErrorCode.ACCOUNT_LOCKED, Map.of()));
        audit.record(new AuditRecord(AT, Actor.system(), "member.delete", "member", null, Outcome.FAILURE,
                null, Map.of()));

        assertThat(rows("""
                SELECT event_type, actor_kind, user_id = '%s', impersonated_by = '%s', success, severity,
                       error_message, old_values ->> 'membershipExpiresAt', new_values ->> 'membershipExpiresAt',
                       changes ->> 0
                FROM %s.audit_logs ORDER BY timestamp, id""".formatted(ana, staff, db.schema()))).containsExactly(
                "USE_CASE|MEMBER|t|t|t|INFO|null|null|2027-03-01|membershipExpiresAt",
                "USE_CASE|ANONYMOUS|null|null|f|WARNING|ACCOUNT_LOCKED|null|null|null",
                "USE_CASE|SYSTEM|null|null|f|ERROR|null|null|null|null");
    }

    @Test
    void anEntryRecordedInAFailedUnitRollsBackWithIt() {
        assertThatThrownBy(() -> db.persistence().transactions().run(() -> {
            audit.record(new AuditRecord(AT, Actor.system(), "member.renew", "member", null, Outcome.SUCCESS, null,
                    Map.of()));
            throw new IllegalStateException("the unit fails after auditing");
        })).hasMessageContaining("fails");

        assertThat(audit.recordsBetween(Instant.EPOCH, AT.plusSeconds(60))).isEmpty();
    }

    /** Every row as its columns joined with '|'. */
    static List<String> rows(String sql) throws SQLException {
        try (Connection connection = TestDatabase.connect(); PreparedStatement query = connection.prepareStatement(sql);
             ResultSet rows = query.executeQuery()) {
            List<String> result = new java.util.ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(rows.getString(i));
                }
                result.add(row.toString());
            }
            return result;
        }
    }
}
