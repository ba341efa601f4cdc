package org.namc.audit.internal;

import org.namc.audit.domain.AuditRefusal;
import org.namc.shared.domain.ViolationRule;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.namc.audit.ArchiveAuditEntries;
import org.namc.audit.ArchiveReport;
import org.namc.audit.AuditApi;
import org.namc.audit.domain.AuditEntry;
import org.namc.audit.domain.ChainAnchor;
import org.namc.audit.domain.ChainVerification;
import org.namc.audit.domain.ChainVerifier;
import org.namc.audit.spi.AuditEntries;
import org.namc.audit.spi.ChainAnchors;
import org.namc.shared.domain.NamcException;
import org.namc.shared.authorization.Authorizer;
import org.namc.shared.authorization.Permission;
import org.namc.shared.authorization.ResourceRef;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.Violations;
import org.namc.shared.internal.CommandValidation;
import org.namc.shared.internal.UnitOfWork;

/** The audit context's primary port. */
public final class AuditModule implements AuditApi {
    static final String RESOURCE = "audit";
    private static final int VERIFY_BATCH = 500;

    private final AuditEntries entries;
    private final Authorizer authorizer;
    private final UnitOfWork unitOfWork;
    private final CommandValidation validation;
    private final Clock clock;
    private final ChainAnchors anchors;

    public AuditModule(AuditEntries entries, ChainAnchors anchors, Authorizer authorizer, UnitOfWork unitOfWork,
                       CommandValidation validation, Clock clock) {
        this.entries = entries;
        this.anchors = anchors;
        this.authorizer = authorizer;
        this.unitOfWork = unitOfWork;
        this.validation = validation;
        this.clock = clock;
    }

    @Override
    public Page<AuditEntry> byResource(Actor actor, String resourceType, String resourceId, PageRequest page) {
        Violations.collect().notBlank(resourceType, "resourceType", 100).notBlank(resourceId, "resourceId", 200)
                .required(page, "page").throwIfAny();
        requireRead(actor);
        return entries.byResource(resourceType, resourceId, page);
    }

    @Override
    public Page<AuditEntry> byActor(Actor actor, MemberId member, PageRequest page) {
        Violations.collect().required(member, "member").required(page, "page").throwIfAny();
        requireRead(actor);
        return entries.byActor(member, page);
    }

    @Override
    public Page<AuditEntry> between(Actor actor, Instant from, Instant to, PageRequest page) {
        Violations.collect().required(from, "from").required(to, "to").required(page, "page")
                .check(from == null || to == null || from.isBefore(to), "to", "after", "must be after from")
                .throwIfAny();
        requireRead(actor);
        return entries.between(from, to, page);
    }

    @Override
    public Page<AuditEntry> archived(Actor actor, PageRequest page) {
        Violations.collect().required(page, "page").throwIfAny();
        requireRead(actor);
        return entries.archived(page);
    }

    @Override
    public ChainVerification verifyChain(Actor actor) {
        requireRead(actor);
        return walk(anchors.latest().map(ChainVerifier::against).orElseGet(ChainVerifier::fromGenesis));
    }

    @Override
    public ChainAnchor publishAnchor(Actor actor) {
        return unitOfWork.execute(actor, "audit.anchor", RESOURCE, scope -> {
            authorizer.require(actor, Permission.of(RESOURCE, "anchor"), ResourceRef.any(RESOURCE));
            ChainVerification checked = walk(anchors.latest().map(ChainVerifier::against)
                    .orElseGet(ChainVerifier::fromGenesis));
            if (!(checked instanceof ChainVerification.Intact intact) || intact.head() == null) {
                throw NamcException.refused(AuditRefusal.CHAIN_NOT_INTACT, "only an intact, non-empty chain is anchored: " + checked);
            }
            anchors.publish(intact.head());
            scope.resource("trail").changed("anchorSequence", null, intact.head().sequence())
                    .changed("anchorHash", null, intact.head().hash());
            return intact.head();
        });
    }

    @Override
    public ChainVerification verifyChain(Actor actor, ChainAnchor anchor) {
        Violations.collect().required(anchor, "anchor").throwIfAny();
        requireRead(actor);
        return walk(ChainVerifier.against(anchor));
    }

    @Override
    public ArchiveReport archive(Actor actor, ArchiveAuditEntries command) {
        Violations.collect().required(command, "command").throwIfAny();
        validation.validate(command, Violations.collect().required(command.retention(), "retention")
                .check(command.retention() == null
                                || command.retention().compareTo(ArchiveAuditEntries.MINIMUM_RETENTION) >= 0,
                        "retention", ViolationRule.RANGE, "must be at least one day"));
        return unitOfWork.execute(actor, "audit.archive", RESOURCE, scope -> {
            authorizer.require(actor, Permission.of(RESOURCE, "archive"), ResourceRef.any(RESOURCE));
            Instant cutoff = clock.instant().minus(command.retention());
            int moved = entries.archiveOlderThan(cutoff);
            scope.resource("trail").changed("cutoff", null, cutoff).changed("archivedEntries", 0, moved);
            return new ArchiveReport(cutoff, moved);
        });
    }

    private ChainVerification walk(ChainVerifier verifier) {
        long next = 1;
        while (true) {
            List<AuditEntry> batch = entries.chain(next, VERIFY_BATCH);
            for (AuditEntry entry : batch) {
                if (verifier.accept(entry).isPresent()) {
                    return verifier.result();
                }
            }
            if (batch.size() < VERIFY_BATCH) {
                return verifier.result();
            }
            next = batch.get(batch.size() - 1).sequence() + 1;
        }
    }

    /** A refused read of the trail is itself on record. */
    private void requireRead(Actor actor) {
        unitOfWork.checked(actor, "audit.read", RESOURCE, null, () -> {
            authorizer.require(actor, Permission.of(RESOURCE, "read"), ResourceRef.any(RESOURCE));
            return null;
        });
    }
}
