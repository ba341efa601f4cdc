package org.namc.learning.internal;

import java.util.ArrayList;
import java.util.List;
import org.namc.learning.domain.Assessment;
import org.namc.learning.domain.Attempt;
import org.namc.learning.domain.SubmissionPolicy;
import org.namc.shared.internal.AuditScope;

/**
 * Closes attempts left open past their effective deadline, by the overdue policy, inside the
 * running unit of work. Closing is deterministic (it happens "at" the effective deadline,
 * whenever it is noticed), so it does not matter which use case notices first.
 */
final class AttemptSettlement {
    private final LearningContext ctx;

    AttemptSettlement(LearningContext ctx) {
        this.ctx = ctx;
    }

    /** The attempts as they stand once overdue ones are closed (and saved). */
    List<Attempt> settle(List<Attempt> attempts, Assessment assessment, AuditScope scope) {
        List<Attempt> settled = new ArrayList<>(attempts.size());
        for (Attempt attempt : attempts) {
            settled.add(SubmissionPolicy.settleIfOverdue(attempt, assessment, ctx.now())
                    .map(closed -> {
                        scope.changed("attempt[" + attempt.id() + "].status", attempt.status(), closed.status());
                        return ctx.attempts().save(closed);
                    })
                    .orElse(attempt));
        }
        return settled;
    }
}
