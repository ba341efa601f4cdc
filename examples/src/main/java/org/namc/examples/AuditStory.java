package org.namc.examples;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import org.namc.audit.AuditApi;
import org.namc.audit.domain.AuditEntry;
import org.namc.audit.domain.ChainAnchor;
import org.namc.audit.domain.ChainVerification;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.PageRequest;

/**
 * The "Audit trail" part of the demo: the entries the events, messaging and notification parts
 * wrote, then the hash chain verified, broken by an edit behind the library's back, and
 * verified again once the edit is undone.
 */
final class AuditStory {
    private final PrintStream out;
    private final DemoRuntime runtime;
    private final AuditApi audit;

    AuditStory(DemoRuntime runtime, PrintStream out) {
        this.out = out;
        this.runtime = runtime;
        this.audit = runtime.portal().audit();
    }

    void run(Instant since) {
        say("");
        say("== Audit trail (hash-chained) ==");
        List<AuditEntry> entries = audit.between(Actor.system(), since, runtime.clock().instant().plusSeconds(1),
                PageRequest.first(500)).items();
        say("entries since " + since + ", oldest first (registrations, grants and deliveries counted, not listed):");
        int skipped = 0;
        for (int i = entries.size() - 1; i >= 0; i--) {
            AuditEntry e = entries.get(i);
            if (e.action().startsWith("member.") || e.action().startsWith("role.")
                    || e.action().equals("notification.deliver")) {
                skipped++;
                continue;
            }
            say(String.format("  #%-4d %-8s %-10s %-36s %-8s %-14s %s", e.sequence(), e.severity(),
                    e.category().code(), e.action(), e.outcome(), e.actorRoles(),
                    e.complianceRelevant() ? "compliance" : ""));
        }
        say("  (+" + skipped + " more)");
        ChainVerification verdict = audit.verifyChain(Actor.system());
        ChainAnchor head = ((ChainVerification.Intact) verdict).head();
        say("verifyChain: " + verdict.getClass().getSimpleName() + ", " + verdict.entriesChecked()
                + " entries, head #" + head.sequence() + " " + head.hash().substring(0, 16) + "...");

        AuditEntry victim = entries.get(entries.size() / 2);
        runtime.flipStoredOutcome(victim.sequence());
        ChainVerification broken = audit.verifyChain(Actor.system());
        say("someone flips the outcome of entry #" + victim.sequence() + " in storage -> "
                + ((ChainVerification.Broken) broken).problem() + " at #" + ((ChainVerification.Broken) broken)
                .sequence() + ": " + ((ChainVerification.Broken) broken).detail());
        runtime.flipStoredOutcome(victim.sequence());
        say("edit undone -> verifyChain against the kept head: "
                + audit.verifyChain(Actor.system(), head).getClass().getSimpleName());
    }

    private void say(String line) {
        out.println(line);
    }
}
