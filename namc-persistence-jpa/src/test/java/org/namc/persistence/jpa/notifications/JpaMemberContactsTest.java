package org.namc.persistence.jpa.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.data.MemberBuilder.aMember;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.namc.notifications.domain.ContactPoints;
import org.namc.persistence.jpa.TestSchema;
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PhoneNumber;

class JpaMemberContactsTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema();
    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @BeforeEach
    void emptyStore() {
        db.truncateAll();
    }

    MemberId stored(String email, String phone) {
        MemberId id = new MemberId(UUID.randomUUID());
        db.persistence().members().save(aMember().withEmail(email).named("Ana", "Ruiz").withPhone(phone).member(id, NOW));
        return id;
    }

    @Test
    void readsEmailPhoneAndNameAndFindsAMemberByAPhoneOnlyTheyHold() {
        MemberId ana = stored("ana@example.com", "+14155551234");
        MemberId bo = stored("bo@example.com", "+14155550001");
        stored("cy@example.com", "+14155550001");

        assertThat(db.persistence().memberContacts().find(ana)).contains(new ContactPoints(ana, "Ana Ruiz",
                new EmailAddress("ana@example.com"), PhoneNumber.parse("+14155551234")));
        assertThat(db.persistence().memberContacts().findByPhone(PhoneNumber.parse("+14155551234"))).contains(ana);
        assertThat(db.persistence().memberContacts().findByPhone(PhoneNumber.parse("+14155550001"))).isEmpty();
        assertThat(db.persistence().memberContacts().findByPhone(PhoneNumber.parse("+14155559999"))).isEmpty();
        assertThat(db.persistence().memberContacts().find(new MemberId(UUID.randomUUID()))).isEmpty();
        assertThat(bo).isNotNull();
    }
}
