package org.namc.persistence.jpa.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.membership.spi.Members;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.spi.Transactions;
import org.namc.testing.data.MemberBuilder;

/** Listing members costs the same few statements for 2 rows as for 40: nothing is loaded per row. */
class MemberListingStatementsTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema();

    @BeforeEach
    void emptyStore() {
        db.truncateAll();
    }

    @Test
    void listingDoesNotQueryOncePerMember() {
        saveMembers(2);
        long fewRows = statementsOfListing();
        saveMembers(38);
        long manyRows = statementsOfListing();

        assertThat(fewRows).isPositive();
        assertThat(manyRows).isEqualTo(fewRows);
    }

    private long statementsOfListing() {
        return db.statementsOf(() -> assertThat(transactions()
                .inTransaction(() -> members().list(PageRequest.first(100)).items())).isNotEmpty());
    }

    private void saveMembers(int count) {
        for (int i = 0; i < count; i++) {
            MemberId id = new MemberId(UUID.randomUUID());
            transactions().inTransaction(() -> members().save(MemberBuilder.aMember().member(id, Instant.EPOCH)));
        }
    }

    private static Members members() {
        return db.persistence().members();
    }

    private static Transactions transactions() {
        return db.persistence().transactions();
    }
}
