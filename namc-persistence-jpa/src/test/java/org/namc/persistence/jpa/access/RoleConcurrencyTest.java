package org.namc.persistence.jpa.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.access.domain.PermissionRule;
import org.namc.access.domain.Role;
import org.namc.access.spi.Roles;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.domain.NamcException;
import org.namc.shared.spi.Transactions;
import org.namc.testing.contract.Concurrently;

/** Two transactions on PostgreSQL edit one role at once: the version lets the first win and refuses the second. */
class RoleConcurrencyTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    @Test
    void ofTwoConcurrentEditsOfOneRoleTheLaterFailsWithConflictAndTheFirstStands() throws Exception {
        db.truncateAll();
        roles().save(AccessRowsTest.role("AUDITOR", "audit:read"));
        CyclicBarrier bothHaveRead = new CyclicBarrier(2);
        AtomicInteger editors = new AtomicInteger();

        List<String> outcomes = Concurrently.run(2, () -> {
            String rule = editors.getAndIncrement() == 0 ? "audit:export" : "audit:verify";
            try {
                transactions().inTransaction(() -> {
                    Role read = roles().findByName("AUDITOR").orElseThrow();
                    awaitOther(bothHaveRead);
                    // Only a rule added: no column of the row itself changes, the version alone must catch it.
                    roles().save(read.changed(read.description(), Set.of(PermissionRule.parse("audit:read"),
                            PermissionRule.parse(rule)), Set.of(), read.updatedAt()));
                    return null;
                });
                return rule;
            } catch (NamcException refused) {
                return refused.code().name();
            }
        });

        assertThat(outcomes).containsOnlyOnce("CONFLICT");
        String winner = outcomes.stream().filter(o -> !o.equals("CONFLICT")).findFirst().orElseThrow();
        assertThat(roles().findByName("AUDITOR").orElseThrow().rules())
                .containsExactlyInAnyOrder(PermissionRule.parse("audit:read"), PermissionRule.parse(winner));
    }

    private static void awaitOther(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Roles roles() {
        return db.persistence().roles();
    }

    private static Transactions transactions() {
        return db.persistence().transactions();
    }
}
