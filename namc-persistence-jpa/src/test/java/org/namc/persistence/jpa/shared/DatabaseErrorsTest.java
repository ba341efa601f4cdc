package org.namc.persistence.jpa.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.NamcException;

/** Which database refusals become the core's CONFLICT (and so a retry), and which stay faults. */
class DatabaseErrorsTest {

    @Test
    void concurrencyRefusalsBecomeConflicts() {
        for (String state : new String[] {"40001", "40P01", "55P03", "23505"}) {
            assertThat(DatabaseErrors.translate(new PersistenceException("refused", new SQLException("x", state))))
                    .isInstanceOfSatisfying(NamcException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT))
                    .hasRootCauseInstanceOf(SQLException.class);
        }
        assertThat(DatabaseErrors.translate(new OptimisticLockException("stale")))
                .isInstanceOfSatisfying(NamcException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
    }

    @Test
    void otherFailuresAndTheCoresOwnExceptionsPassThrough() {
        PersistenceException timeout = new PersistenceException("slow", new SQLException("canceled", "57014"));
        NamcException notFound = NamcException.notFound("member", "x");

        assertThat(DatabaseErrors.translate(timeout)).isSameAs(timeout);
        assertThat(DatabaseErrors.translate(notFound)).isSameAs(notFound);
        assertThat(DatabaseErrors.translate(new IllegalStateException("bug"))).isInstanceOf(IllegalStateException.class);
    }
}
