package org.namc.projects.internal;

import org.namc.shared.domain.ViolationRule;
import org.namc.projects.RecordQualifications;
import org.namc.projects.domain.ContractorQualifications;
import org.namc.projects.domain.InsuranceCoverage;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Violations;

/** Members' contractor qualifications: experience, bonding capacity, insurance. */
final class QualificationUseCases {
    private final ProjectsContext ctx;

    QualificationUseCases(ProjectsContext ctx) {
        this.ctx = ctx;
    }

    ContractorQualifications record(Actor actor, RecordQualifications command) {
        Violations violations = Violations.collect().required(command.memberId(), "memberId")
                .required(command.insurance(), "insurance")
                .check(command.yearsOfExperience() >= 0 && command.yearsOfExperience() <= 70, "yearsOfExperience",
                        ViolationRule.RANGE, "must be between 0 and 70")
                .check(command.bondingCapacity() == null || !command.bondingCapacity().isNegative(),
                        "bondingCapacity", ViolationRule.RANGE, "must not be negative");
        if (command.insurance() != null) {
            violations.maxSize(command.insurance(), "insurance", 20);
            for (int i = 0; i < command.insurance().size(); i++) {
                InsuranceCoverage cover = command.insurance().get(i);
                violations.check(cover != null, "insurance[" + i + "]", ViolationRule.REQUIRED, "must be present");
                if (cover != null) {
                    violations.check(cover.coverage().currency().equals(ctx.settings().currency()),
                            "insurance[" + i + "].coverage", "currency",
                            "must be in " + ctx.settings().currency().getCurrencyCode());
                }
            }
        }
        if (command.bondingCapacity() != null) {
            violations.check(command.bondingCapacity().currency().equals(ctx.settings().currency()),
                    "bondingCapacity", "currency", "must be in " + ctx.settings().currency().getCurrencyCode());
        }
        ctx.validation().validate(command, violations);
        return ctx.unitOfWork().execute(actor, "qualifications.record", ProjectAccess.QUALIFICATION, scope -> {
            scope.resource(command.memberId());
            ctx.access().requireOnMember(actor, ProjectAccess.QUALIFICATION, "update", command.memberId());
            ctx.loadMember(command.memberId());
            ContractorQualifications before = ctx.qualifications().find(command.memberId()).orElse(null);
            ContractorQualifications after = new ContractorQualifications(command.memberId(),
                    command.yearsOfExperience(), command.bondingCapacity(), command.insurance(), ctx.now(),
                    before == null ? 0 : before.version());
            scope.changed("yearsOfExperience", before == null ? null : before.yearsOfExperience(),
                            after.yearsOfExperience())
                    .changed("bondingCapacity", before == null ? null : before.bondingCapacity(),
                            after.bondingCapacity())
                    .changed("insurance", before == null ? null : before.insurance().size() + " policies",
                            after.insurance().size() + " policies");
            scope.afterCommit(ctx.candidates()::qualificationsChanged);
            return ctx.qualifications().save(after);
        });
    }

    ContractorQualifications of(Actor actor, MemberId memberId) {
        Violations.collect().required(memberId, "memberId").throwIfAny();
        ctx.access().requireOnMember(actor, ProjectAccess.QUALIFICATION, "read", memberId);
        ctx.loadMember(memberId);
        return ctx.qualifications().find(memberId)
                .orElseGet(() -> ContractorQualifications.none(memberId, ctx.now()));
    }
}
