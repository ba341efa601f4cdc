package org.namc.persistence.jpa.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.data.MemberBuilder.aMember;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.membership.domain.LockoutPolicy;
import org.namc.membership.domain.Member;
import org.namc.membership.spi.Members;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.spi.Transactions;

/** Units of work on a real database: commit at the end, nested units join, a failure undoes everything. */
class JpaTransactionsTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private Transactions transactions;
    private Members members;

    @BeforeEach
    void emptyStores() {
        db.truncateAll();
        transactions = db.persistence().transactions();
        members = db.persistence().members();
    }

    @Test
    void othersSeeAUnitsWritesOnlyOnceItCommits() {
        Member member = newMember();
        transactions.run(() -> {
            members.save(member);
            assertThat(members.findById(member.id())).isPresent();
            assertThat(fromAnotherThread(member.id())).isEmpty();
        });
        assertThat(fromAnotherThread(member.id())).isPresent();
    }

    @Test
    void aNestedUnitJoinsAndItsFailureRollsBackTheWholeUnit() {
        Member outer = newMember();
        Member inner = newMember();

        assertThatThrownBy(() -> transactions.run(() -> {
            members.save(outer);
            transactions.run(() -> {
                assertThat(((JpaTransactions) transactions).isActive()).isTrue();
                members.save(inner);
                throw new IllegalStateException("inner unit fails");
            });
        })).hasMessage("inner unit fails");

        assertThat(members.findById(outer.id())).isEmpty();
        assertThat(members.findById(inner.id())).isEmpty();
        assertThat(((JpaTransactions) transactions).isActive()).isFalse();
    }

    @Test
    void aStaleVersionInsideAUnitIsAConflictAndLeavesNothing() {
        Member saved = members.save(newMember());
        members.save(saved.succeededLogin(NOW));
        Member other = newMember();

        assertThatNamcException(() -> transactions.run(() -> {
            members.save(other);
            members.save(saved.failedLogin(NOW, LockoutPolicy.standard()));
        })).hasCode(ErrorCode.CONFLICT);

        assertThat(members.findById(other.id())).isEmpty();
        assertThat(members.findById(saved.id()).orElseThrow().loginSecurity().failedAttempts()).isZero();
    }

    @Test
    void aDuplicateEmailInsideAUnitIsAConflict() {
        members.save(aMember().withEmail("twice@example.org").member(new MemberId(UUID.randomUUID()), NOW));

        assertThatNamcException(() -> transactions.run(() ->
                members.save(aMember().withEmail("twice@example.org").member(new MemberId(UUID.randomUUID()), NOW))))
                .hasCode(ErrorCode.CONFLICT);
    }

    private Optional<Member> fromAnotherThread(MemberId id) {
        return CompletableFuture.supplyAsync(() -> members.findById(id)).join();
    }

    private static Member newMember() {
        return aMember().member(new MemberId(UUID.randomUUID()), NOW);
    }
}
