package org.namc.testing.contract;

import org.namc.shared.domain.CommonRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.data.MemberBuilder.aMember;

import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.namc.NamcPortal;
import org.namc.NamcPortalBuilder;
import org.namc.access.GrantRole;
import org.namc.audit.ArchiveAuditEntries;
import org.namc.audit.ArchiveReport;
import org.namc.audit.AuditApi;
import org.namc.audit.ThreadLocalRequestContext;
import org.namc.audit.domain.AuditCategory;
import org.namc.audit.domain.AuditEntry;
import org.namc.audit.domain.ChainAnchor;
import org.namc.audit.domain.ChainVerification;
import org.namc.audit.domain.ChainVerification.Broken;
import org.namc.audit.domain.ChainVerification.Problem;
import org.namc.audit.domain.RequestContext;
import org.namc.audit.domain.Severity;
import org.namc.membership.ChangePassword;
import org.namc.membership.MembershipApi;
import org.namc.membership.UpdateProfile;
import org.namc.membership.domain.Profile;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.AuditRecord.Outcome;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.Secret;
import org.namc.testing.MutableClock;
import org.namc.testing.PortalFixture;
import org.namc.testing.data.MemberBuilder;

/**
 * The audit trail through {@link NamcPortal}: who did what with which request, the hash chain
 * and its verification against tampering, queries and archival. The two hooks let the suite
 * act as an attacker with direct access to the adapter's storage.
 */
public abstract class AuditScenarios {
    protected final ThreadLocalRequestContext requests = new ThreadLocalRequestContext();
    protected PortalFixture fixture;
    protected AuditApi audit;
    protected MembershipApi membership;
    protected MutableClock clock;

    /** A fresh portal with empty stores, built from {@code settings} (which carries the request context). */
    protected abstract PortalFixture newPortal(NamcPortalBuilder settings);

    /** Rewrites the stored entry with {@code sequence} behind the library's back. */
    protected abstract void alterStoredEntry(long sequence, UnaryOperator<AuditEntry> change);

    /** Deletes the stored entry with {@code sequence} behind the library's back. */
    protected abstract void deleteStoredEntry(long sequence);

    @BeforeEach
    void startPortal() {
        fixture = newPortal(NamcPortal.builder().requestContext(requests));
        audit = fixture.portal().audit();
        membership = fixture.portal().membership();
        clock = fixture.clock();
    }

    private MemberId staff() {
        MemberId staff = aMember().registerVerified(membership);
        fixture.portal().access().grantRole(Actor.system(), new GrantRole(staff, "STAFF", null));
        return staff;
    }

    @Test
    void anEntryNamesActorRolesImpersonatorRequestAndRedactedChanges() {
        MemberId staff = staff();
        MemberId maria = aMember().registerVerified(membership);
        Actor asMaria = fixture.portal().access().impersonate(Actor.member(staff), maria);

        // Security settings are off limits while impersonating: the refusal is what gets recorded.
        requests.run(new RequestContext("req-42", "sess-7", "203.0.113.5", "portal-web/3.1"), () ->
                assertThatNamcException(() -> membership.changePassword(asMaria, new ChangePassword(maria,
                        MemberBuilder.DEFAULT_PASSWORD, Secret.of("an even longer passphrase 2026"))))
                        .hasCode(ErrorCode.FORBIDDEN));

        AuditEntry entry = audit.byResource(Actor.member(staff), "member", maria.toString(), PageRequest.first(1))
                .items().get(0);
        assertThat(entry.action()).isEqualTo("member.password.change");
        assertThat(entry.error()).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(entry.actor().memberId()).isEqualTo(maria);
        assertThat(entry.actor().impersonatedBy()).isEqualTo(staff);
        assertThat(entry.actorRoles()).containsExactly("MEMBER");
        assertThat(entry.request()).isEqualTo(new RequestContext("req-42", "sess-7", "203.0.113.5", "portal-web/3.1"));
        assertThat(entry.category()).isEqualTo(AuditCategory.SECURITY);
        assertThat(entry.complianceRelevant()).isTrue();
        assertThat(entry.changes().values()).allSatisfy(change -> {
            assertThat(change.before()).isIn(null, "[redacted]");
            assertThat(change.after()).isIn(null, "[redacted]");
        });
        assertThat(audit.byActor(Actor.member(staff), staff, PageRequest.first(50)).items())
                .extracting(AuditEntry::action).contains("member.password.change", "member.impersonate");
    }

    @Test
    void aRefusedUseCaseIsOnRecordWithItsSeverityAndTheStaffRolesShow() {
        MemberId staff = staff();
        MemberId maria = aMember().registerVerified(membership);
        MemberId other = aMember().registerVerified(membership);

        assertThatNamcException(() -> membership.updateProfile(Actor.member(other),
                new UpdateProfile(maria, Profile.named("Mallory", "X")))).hasReason(CommonRefusal.PERMISSION_DENIED);
        membership.updateProfile(Actor.member(staff), new UpdateProfile(maria, Profile.named("Maria", "Lopez")));

        List<AuditEntry> entries = audit.byResource(Actor.member(staff), "member", maria.toString(),
                PageRequest.first(10)).items();
        assertThat(entries.get(0).outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(entries.get(0).actorRoles()).containsExactly("MEMBER", "STAFF");
        assertThat(entries.get(0).request()).isEqualTo(RequestContext.NONE);
        assertThat(entries.get(1).outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(entries.get(1).error()).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(entries.get(1).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void onlyStaffReadTheTrail() {
        MemberId maria = aMember().registerVerified(membership);
        assertThatNamcException(() -> audit.verifyChain(Actor.member(maria))).hasReason(CommonRefusal.PERMISSION_DENIED);
        assertThatNamcException(() -> audit.byActor(Actor.member(maria), maria, PageRequest.first(5)))
                .hasReason(CommonRefusal.PERMISSION_DENIED);
        assertThatNamcException(() -> audit.between(Actor.system(), clock.instant(), clock.instant(),
                PageRequest.first(5))).hasViolation("to", "after");
    }

    @Test
    void theChainVerifiesAndNamesTheEntryThatWasAltered() {
        MemberId maria = aMember().registerVerified(membership);
        membership.updateProfile(Actor.member(maria), new UpdateProfile(maria, Profile.named("Maria", "Lopez")));
        ChainVerification intact = audit.verifyChain(Actor.system());
        assertThat(intact).isInstanceOf(ChainVerification.Intact.class);
        long entries = intact.entriesChecked();
        assertThat(entries).isEqualTo(fixture.auditRecords().size());

        long victim = entries - 1;
        alterStoredEntry(victim, e -> new AuditEntry(e.id(), e.sequence(), e.occurredAt(), e.actor(), e.actorRoles(),
                e.action(), e.resourceType(), e.resourceId(), Outcome.FAILURE, ErrorCode.FORBIDDEN, e.changes(),
                e.severity(), e.category(), e.complianceRelevant(), e.request(), e.previousHash(), e.hash()));

        ChainVerification broken = audit.verifyChain(Actor.system());
        assertThat(broken).isInstanceOfSatisfying(Broken.class, b -> {
            assertThat(b.sequence()).isEqualTo(victim);
            assertThat(b.problem()).isEqualTo(Problem.ALTERED);
            assertThat(b.detail()).contains("entry " + victim);
        });
    }

    @Test
    void aDeletedEntryIsReportedAndTheAnchorCatchesACutTail() {
        aMember().registerVerified(membership);
        ChainVerification.Intact intact = (ChainVerification.Intact) audit.verifyChain(Actor.system());
        ChainAnchor head = intact.head();
        assertThat(head).isNotNull();

        deleteStoredEntry(head.sequence());
        assertThat(audit.verifyChain(Actor.system()).isIntact()).as("the chain alone cannot see a cut tail").isTrue();
        assertThat(audit.verifyChain(Actor.system(), head)).isInstanceOfSatisfying(Broken.class,
                b -> assertThat(b.problem()).isEqualTo(Problem.ANCHOR_MISMATCH));

        deleteStoredEntry(1);
        assertThat(audit.verifyChain(Actor.system())).isInstanceOfSatisfying(Broken.class, b -> {
            assertThat(b.sequence()).isEqualTo(1);
            assertThat(b.problem()).isEqualTo(Problem.MISSING);
        });
    }

    @Test
    void archivalMovesOldEntriesButKeepsComplianceRelevantOnesAndTheChain() {
        MemberId maria = aMember().registerVerified(membership);
        membership.updateProfile(Actor.member(maria), new UpdateProfile(maria, Profile.named("Maria", "Lopez")));
        membership.changePassword(Actor.member(maria), new ChangePassword(maria, MemberBuilder.DEFAULT_PASSWORD,
                Secret.of("an even longer passphrase 2026")));
        clock.advance(Duration.ofDays(3 * 365));

        assertThatNamcException(() -> audit.archive(Actor.member(maria), ArchiveAuditEntries.olderThanDays(730)))
                .hasReason(CommonRefusal.PERMISSION_DENIED);
        assertThatNamcException(() -> audit.archive(Actor.system(), new ArchiveAuditEntries(Duration.ofHours(1))))
                .hasViolation("retention", "range");
        ArchiveReport report = audit.archive(Actor.system(), ArchiveAuditEntries.olderThanDays(730));

        List<AuditEntry> archived = audit.archived(Actor.system(), PageRequest.first(100)).items();
        assertThat(report.archived()).isPositive().isEqualTo(archived.size());
        assertThat(archived).noneMatch(AuditEntry::complianceRelevant)
                .extracting(AuditEntry::action).contains("member.profile.update");
        List<AuditEntry> live = audit.byResource(Actor.system(), "member", maria.toString(), PageRequest.first(100))
                .items();
        assertThat(live).extracting(AuditEntry::action).contains("member.password.change")
                .doesNotContain("member.profile.update");
        assertThat(audit.verifyChain(Actor.system()).isIntact()).isTrue();
        AuditEntry archival = audit.between(Actor.system(), clock.instant(), clock.instant().plusSeconds(1),
                PageRequest.first(5)).items().get(0);
        assertThat(archival.action()).isEqualTo("audit.archive");
        assertThat(archival.complianceRelevant()).isTrue();
        assertThat(archival.changes().get("archivedEntries").after()).isEqualTo(String.valueOf(report.archived()));
    }

    @Test
    void aRewriteWithEveryHashRecomputedIsCaughtByThePublishedAnchor() {
        membership.register(aMember().command());
        membership.register(aMember().command());
        ChainAnchor anchor = audit.publishAnchor(Actor.system());

        // The attacker rewrites entry 2 and recomputes every hash and link after it: the chain
        // verifies by itself, but no longer reaches the anchor published before the rewrite.
        for (long sequence = 2; sequence <= anchor.sequence(); sequence++) {
            boolean victim = sequence == 2;
            String link = victim ? null : storedEntry(sequence - 1).hash();
            alterStoredEntry(sequence, e -> {
                AuditEntry rewritten = new AuditEntry(e.id(), e.sequence(), e.occurredAt(), e.actor(), e.actorRoles(),
                        victim ? "member.rewritten" : e.action(), e.resourceType(), e.resourceId(), e.outcome(),
                        e.error(), e.changes(), e.severity(), e.category(), e.complianceRelevant(), e.request(),
                        victim ? e.previousHash() : link, "");
                return rewritten.withHash(rewritten.computeHash());
            });
        }

        assertThat(audit.verifyChain(Actor.system())).isInstanceOfSatisfying(Broken.class,
                b -> assertThat(b.problem()).isEqualTo(Problem.ANCHOR_MISMATCH));
    }

    /** The stored entry with {@code sequence}, as the adapter holds it now. */
    protected abstract AuditEntry storedEntry(long sequence);
}
