package org.namc.shared.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.namc.shared.domain.MemberId;

class ResourceRefTest {
    private static final MemberId ADA = new MemberId(new UUID(0, 1));

    @Test
    void aMembersOwnAccountIsOwnedByThatMember() {
        ResourceRef ref = ResourceRef.member(ADA);

        assertThat(ref.type()).isEqualTo("member");
        assertThat(ref.id()).isEqualTo(ADA.toString());
        assertThat(ref.owner()).isEqualTo(ADA);
    }

    @Test
    void aResourceTypeAsAWholeHasNeitherIdNorOwner() {
        ResourceRef ref = ResourceRef.any("project");

        assertThat(ref.id()).isNull();
        assertThat(ref.owner()).isNull();
        assertThat(ref).hasToString("project");
    }

    @Test
    void anOwnedRecordPrintsItsTypeAndId() {
        assertThat(ResourceRef.owned("invoice", 42, ADA)).hasToString("invoice 42");
    }
}
