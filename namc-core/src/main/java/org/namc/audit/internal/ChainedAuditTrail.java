package org.namc.audit.internal;

import java.util.List;
import org.namc.audit.RequestContextSource;
import org.namc.audit.domain.AuditEntry;
import org.namc.audit.spi.AuditEntries;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.AuditRecord;
import org.namc.shared.spi.AuditTrail;
import org.namc.shared.spi.IdGenerator;
import org.namc.shared.spi.Transactions;

/**
 * The kernel's {@link AuditTrail} on top of the chained store: each record becomes the entry
 * after the current head, classified, with the actor's roles and the host's request context.
 * Reading the head and appending happen in one unit of work (the use case's own, when one runs).
 */
public final class ChainedAuditTrail implements AuditTrail {
    private final AuditEntries entries;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final RequestContextSource requests;
    private final ActorRoles roles;

    public ChainedAuditTrail(AuditEntries entries, Transactions transactions, IdGenerator ids,
                             RequestContextSource requests, ActorRoles roles) {
        this.entries = entries;
        this.transactions = transactions;
        this.ids = ids;
        this.requests = requests;
        this.roles = roles;
    }

    @Override
    public void record(AuditRecord record) {
        List<String> actorRoles = rolesOf(record.actor());
        transactions.run(() -> entries.append(
                AuditEntry.next(entries.head().orElse(null), ids.newId(), record, actorRoles, requests.current())));
    }

    private List<String> rolesOf(Actor actor) {
        return switch (actor.kind()) {
            case SYSTEM -> List.of("SYSTEM");
            case ANONYMOUS -> List.of();
            case MEMBER -> actor.memberId() == null ? List.of() : roles.of(actor.memberId());
        };
    }
}
