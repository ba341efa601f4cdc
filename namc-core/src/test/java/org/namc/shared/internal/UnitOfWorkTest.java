package org.namc.shared.internal;

import org.namc.membership.domain.MembershipRefusal;
import org.namc.shared.domain.CommonRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.AuditRecord;
import org.namc.shared.domain.AuditRecord.Change;
import org.namc.shared.domain.AuditRecord.Outcome;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.NamcException;
import org.namc.shared.spi.AuditTrail;
import org.namc.shared.spi.Transactions;

class UnitOfWorkTest {
    private static final Instant NOW = Instant.parse("2026-05-04T10:15:30Z");
    private static final MemberId MEMBER = new MemberId(UUID.fromString("0190a5e0-0000-7000-8000-00000000000a"));
    private static final Actor ACTOR = Actor.member(MEMBER);

    /** A list-backed audit trail. */
    static final class ListAuditTrail implements AuditTrail {
        final List<AuditRecord> records = new ArrayList<>();

        @Override
        public void record(AuditRecord record) {
            records.add(record);
        }
    }

    /**
     * Runs the supplier; logs "commit" when it returns and "rollback" when it throws (then
     * rethrows), dropping the audit records written inside a rolled-back unit as a database would.
     */
    static final class FakeTransactions implements Transactions {
        final List<String> log = new ArrayList<>();
        private final ListAuditTrail trail;

        FakeTransactions(ListAuditTrail trail) {
            this.trail = trail;
        }

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            int mark = trail.records.size();
            try {
                T result = work.get();
                log.add("commit");
                return result;
            } catch (RuntimeException e) {
                trail.records.subList(mark, trail.records.size()).clear();
                log.add("rollback");
                throw e;
            }
        }
    }

    private final ListAuditTrail trail = new ListAuditTrail();
    private final FakeTransactions transactions = new FakeTransactions(trail);
    private final UnitOfWork unitOfWork = new UnitOfWork(transactions, trail, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aSuccessfulUnitCommitsOnceAndWritesOneSuccessRecordWithTheResourceAndChanges() {
        String result = unitOfWork.execute(ACTOR, "member.profile.update", "member", scope -> {
            scope.resource(MEMBER);
            scope.changed("firstName", "Jane", "Janet");
            scope.changed("lastName", "Doe", "Doe");
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(transactions.log).containsExactly("commit");
        assertThat(trail.records).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.SUCCESS);
            assertThat(r.error()).isNull();
            assertThat(r.occurredAt()).isEqualTo(NOW);
            assertThat(r.actor()).isEqualTo(ACTOR);
            assertThat(r.action()).isEqualTo("member.profile.update");
            assertThat(r.resourceType()).isEqualTo("member");
            assertThat(r.resourceId()).isEqualTo(MEMBER.toString());
            assertThat(r.changes()).isEqualTo(Map.of("firstName", new Change("Jane", "Janet")));
        });
    }

    @Test
    void secretValuesNeverReachTheAuditTrail() {
        unitOfWork.execute(ACTOR, "member.password.change", "member", scope -> {
            scope.resource(MEMBER);
            scope.changed("passwordHash", "pbkdf2$old", "pbkdf2$new");
            return null;
        });

        assertThat(trail.records.get(0).changes())
                .isEqualTo(Map.of("passwordHash", new Change("[redacted]", "[redacted]")));
    }

    @Test
    void aThrownNamcExceptionRollsBackAndWritesOneFailureRecordWithTheCodeAndNoChanges() {
        NamcException refusal = NamcException.refused(CommonRefusal.PERMISSION_DENIED, "not yours");

        Throwable thrown = catchThrowable(() -> unitOfWork.execute(ACTOR, "member.profile.update", "member", scope -> {
            scope.resource(MEMBER);
            scope.changed("firstName", "Jane", "Janet");
            throw refusal;
        }));

        assertThat(thrown).isSameAs(refusal);
        assertThat(transactions.log).containsExactly("rollback", "commit");
        assertThat(trail.records).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.FAILURE);
            assertThat(r.error()).isEqualTo(ErrorCode.FORBIDDEN);
            assertThat(r.resourceId()).isEqualTo(MEMBER.toString());
            assertThat(r.changes()).isEmpty();
        });
    }

    /** The changes were rolled back, so the audit must not claim them, whatever the error code. */
    @ParameterizedTest(name = "a thrown {0} records none of the rolled-back changes")
    @EnumSource(value = CommonRefusal.class, names = {"PERMISSION_DENIED", "INVALID_CREDENTIALS", "CONCURRENT_CHANGE"})
    void aThrownFailureRecordsNoneOfTheRolledBackChanges(CommonRefusal reason) {
        NamcException refusal = NamcException.refused(reason, "refused");

        Throwable thrown = catchThrowable(() -> unitOfWork.execute(ACTOR, "member.password.change", "member", scope -> {
            scope.resource(MEMBER);
            scope.changed("failedLoginAttempts", 1, 2);
            throw refusal;
        }));

        assertThat(thrown).isSameAs(refusal);
        assertThat(transactions.log).containsExactly("rollback", "commit");
        assertThat(trail.records).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.FAILURE);
            assertThat(r.error()).isEqualTo(reason.errorCode());
            assertThat(r.changes()).as("changes that were rolled back").isEmpty();
        });
    }

    @Test
    void anUnexpectedExceptionIsAuditedWithoutACodeAndRethrownUnchanged() {
        IllegalStateException bug = new IllegalStateException("boom");

        Throwable thrown = catchThrowable(() -> unitOfWork.execute(ACTOR, "member.profile.update", "member", scope -> {
            throw bug;
        }));

        assertThat(thrown).isSameAs(bug);
        assertThat(trail.records).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.FAILURE);
            assertThat(r.error()).isNull();
            assertThat(r.resourceId()).isNull();
        });
    }

    /** A refusal marked on the scope commits what the unit wrote, so the record must show those changes. */
    @ParameterizedTest(name = "a refusal with {0} commits and records FAILURE with the committed changes")
    @EnumSource(value = ErrorCode.class, names = {"INVALID_CREDENTIALS", "ACCOUNT_LOCKED", "INVALID_SECOND_FACTOR"})
    void aRefusalMarkedOnTheScopeCommitsAndRecordsAFailureWithItsChanges(ErrorCode code) {
        String result = unitOfWork.execute(Actor.anonymous(), "member.login", "member", scope -> {
            scope.resource(MEMBER);
            scope.changed("failedAttempts", 4, 5);
            scope.refused(code);
            return "refused";
        });

        assertThat(result).isEqualTo("refused");
        assertThat(transactions.log).containsExactly("commit");
        assertThat(trail.records).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.FAILURE);
            assertThat(r.error()).isEqualTo(code);
            assertThat(r.resourceId()).isEqualTo(MEMBER.toString());
            assertThat(r.changes()).as("changes that were committed")
                    .isEqualTo(Map.of("failedAttempts", new Change("4", "5")));
        });
    }

    @Test
    void aConflictIsRetriedAndOnlyTheFinalSuccessIsAudited() {
        AtomicInteger calls = new AtomicInteger();

        String result = unitOfWork.execute(Actor.anonymous(), "member.login", "member", 3, scope -> {
            int call = calls.incrementAndGet();
            scope.resource(MEMBER);
            scope.changed("attempt", null, call);
            if (call < 3) {
                throw NamcException.refused(CommonRefusal.CONCURRENT_CHANGE, "stale version");
            }
            return "ok";
        });

        assertThat(result).isEqualTo("ok");
        assertThat(calls).hasValue(3);
        assertThat(transactions.log).containsExactly("rollback", "rollback", "commit");
        assertThat(trail.records).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.SUCCESS);
            assertThat(r.changes()).as("each attempt starts with a fresh scope")
                    .isEqualTo(Map.of("attempt", new Change(null, "3")));
        });
    }

    @Test
    void aConflictOnEveryAttemptIsTriedTheGivenNumberOfTimesAndOnlyTheLastFailureIsAudited() {
        AtomicInteger calls = new AtomicInteger();
        List<NamcException> thrownByWork = new ArrayList<>();

        Throwable thrown = catchThrowable(() -> unitOfWork.execute(Actor.anonymous(), "member.login", "member", 3,
                scope -> {
                    calls.incrementAndGet();
                    NamcException conflict = NamcException.refused(CommonRefusal.CONCURRENT_CHANGE, "stale version");
                    thrownByWork.add(conflict);
                    throw conflict;
                }));

        assertThat(calls).hasValue(3);
        assertThat(thrown).isSameAs(thrownByWork.get(2));
        assertThat(transactions.log).containsExactly("rollback", "rollback", "rollback", "commit");
        assertThat(trail.records).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.FAILURE);
            assertThat(r.error()).isEqualTo(ErrorCode.CONFLICT);
        });
    }

    @Test
    void withoutRetriesAConflictIsAuditedAndThrownAtOnce() {
        AtomicInteger calls = new AtomicInteger();

        Throwable thrown = catchThrowable(() -> unitOfWork.execute(ACTOR, "member.profile.update", "member", scope -> {
            calls.incrementAndGet();
            throw NamcException.refused(CommonRefusal.CONCURRENT_CHANGE, "stale version");
        }));

        assertThat(thrown).isInstanceOf(NamcException.class);
        assertThat(calls).hasValue(1);
        assertThat(trail.records).singleElement().extracting(AuditRecord::error).isEqualTo(ErrorCode.CONFLICT);
    }

    @Test
    void failuresOtherThanConflictAreNotRetried() {
        AtomicInteger calls = new AtomicInteger();

        Throwable thrown = catchThrowable(() -> unitOfWork.execute(ACTOR, "member.profile.update", "member", 5, scope -> {
            calls.incrementAndGet();
            throw NamcException.refused(MembershipRefusal.MEMBERSHIP_CANCELLED, "no");
        }));

        assertThat(thrown).isInstanceOf(NamcException.class);
        assertThat(calls).hasValue(1);
        assertThat(trail.records).singleElement().extracting(AuditRecord::error).isEqualTo(ErrorCode.ILLEGAL_STATE);
    }

    @Test
    void whenTheFailureRecordCannotBeWrittenTheOriginalFailureIsThrownWithTheAuditFailureSuppressed() {
        RuntimeException auditDown = new RuntimeException("audit store down");
        AuditTrail broken = record -> {
            throw auditDown;
        };
        UnitOfWork unit = new UnitOfWork(new FakeTransactions(trail), broken, Clock.fixed(NOW, ZoneOffset.UTC));
        NamcException refusal = NamcException.refused(CommonRefusal.PERMISSION_DENIED, "no");

        Throwable thrown = catchThrowable(() -> unit.execute(ACTOR, "x", "member", scope -> {
            throw refusal;
        }));

        assertThat(thrown).isSameAs(refusal);
        assertThat(thrown.getSuppressed()).containsExactly(auditDown);
    }
}
