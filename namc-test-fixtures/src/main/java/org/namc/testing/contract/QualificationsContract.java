package org.namc.testing.contract;

import org.namc.shared.domain.CommonRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.contract.ProjectStoreFixtures.NOW;
import static org.namc.testing.contract.ProjectStoreFixtures.member;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.namc.membership.spi.Members;
import org.namc.projects.domain.ContractorQualifications;
import org.namc.projects.domain.InsuranceCoverage;
import org.namc.projects.domain.InsuranceType;
import org.namc.projects.spi.Qualifications;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Money;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.spi.Transactions;

/** What every {@link Qualifications} adapter must do; records refer to members, who must exist. */
public abstract class QualificationsContract {

    protected abstract Qualifications qualifications();

    protected abstract Members members();

    protected abstract Transactions transactions();

    private static ContractorQualifications of(MemberId member, int years) {
        return new ContractorQualifications(member, years, Money.of("2500000", "USD"),
                List.of(new InsuranceCoverage(InsuranceType.GENERAL_LIABILITY, Money.of("2000000", "USD"),
                                LocalDate.of(2027, 1, 31)),
                        new InsuranceCoverage(InsuranceType.WORKERS_COMPENSATION, Money.of("1000000", "USD"), null)),
                NOW, 0);
    }

    @Test
    void keepsEveryFieldAndCountsVersions() {
        MemberId member = member(members());
        ContractorQualifications first = qualifications().save(of(member, 12));
        ContractorQualifications second = qualifications().save(new ContractorQualifications(member, 13, null,
                List.of(), NOW.plusSeconds(1), first.version()));

        assertThat(first.version()).isZero();
        assertThat(second.version()).isEqualTo(1);
        assertThat(qualifications().find(member)).contains(second);
        assertThat(qualifications().find(member(members()))).isEmpty();
    }

    @Test
    void aStaleVersionIsAConflict() {
        MemberId member = member(members());
        ContractorQualifications first = qualifications().save(of(member, 1));
        qualifications().save(of(member, 2));

        assertThatNamcException(() -> qualifications().save(new ContractorQualifications(member, 3, null, List.of(),
                NOW, 0).atVersion(first.version()))).hasReason(CommonRefusal.CONCURRENT_CHANGE);
        assertThat(qualifications().find(member).orElseThrow().yearsOfExperience()).isEqualTo(2);
    }

    @Test
    void listsEveryRecordOnceAcrossPages() {
        List<MemberId> members = List.of(member(members()), member(members()), member(members()));
        members.forEach(m -> qualifications().save(of(m, 5)));

        var first = qualifications().list(PageRequest.first(2));
        var second = qualifications().list(new PageRequest(1, 2));

        assertThat(first.totalItems()).isEqualTo(3);
        assertThat(first.items().size() + second.items().size()).isEqualTo(3);
        assertThat(java.util.stream.Stream.concat(first.items().stream(), second.items().stream())
                .map(ContractorQualifications::memberId)).containsExactlyInAnyOrderElementsOf(members);
    }

    @Test
    void aRolledBackUnitLeavesNothing() {
        MemberId member = member(members());
        assertThatThrownBy(() -> transactions().run(() -> {
            qualifications().save(of(member, 4));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(qualifications().find(member)).isEmpty();
    }
}
