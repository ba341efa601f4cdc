package org.namc.testing.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.namc.testing.data.MemberBuilder.aMember;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.namc.NamcPortal;
import org.namc.membership.domain.SecurityToken;
import org.namc.membership.domain.TokenPurpose;
import org.namc.membership.spi.SecurityTokens;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.AuditRecord;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PageRequest;
import org.namc.testing.MutableClock;
import org.namc.testing.SequentialIds;

/** A use case that fails half-way leaves no trace in any store, only a failure audit record. */
class FailedUseCaseLeavesNothingTest {
    private final InMemoryAdapters adapters =
            new InMemoryAdapters(MutableClock.at("2026-01-15T09:00:00Z"), new SequentialIds());

    /** Fails when the registration's verification token is written: after the member was saved. */
    private final SecurityTokens brokenTokens = new SecurityTokens() {
        @Override
        public void save(SecurityToken token) {
            throw new IllegalStateException("token store is down");
        }

        @Override
        public Optional<SecurityToken> findByHash(TokenPurpose purpose, String tokenHash) {
            return Optional.empty();
        }

        @Override
        public int revokeAll(MemberId memberId, TokenPurpose purpose, Instant now) {
            return 0;
        }
    };

    @Test
    void registrationFailingAtItsLastWriteStoresNoMember() {
        NamcPortal portal = adapters.applyTo(NamcPortal.builder()).securityTokens(brokenTokens).build();
        portal.access().seedSystemRoles(Actor.system());
        int auditedBefore = adapters.auditEntries().records().size();

        assertThatThrownBy(() -> portal.membership().register(aMember().command()))
                .hasMessageContaining("token store is down");

        assertThat(adapters.members().list(PageRequest.first(10)).totalItems()).isZero();
        assertThat(adapters.auditEntries().records()).hasSize(auditedBefore + 1).last().satisfies(r -> {
            assertThat(r.action()).isEqualTo("member.register");
            assertThat(r.outcome()).isEqualTo(AuditRecord.Outcome.FAILURE);
            assertThat(r.actor()).isEqualTo(Actor.anonymous());
        });
    }
}
