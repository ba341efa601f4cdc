package org.namc.notifications.spi;

import java.util.Optional;
import org.namc.notifications.domain.DeliveryPreferences;
import org.namc.shared.domain.MemberId;

/** Members' delivery preferences; a member without a stored entry has the defaults. */
public interface MemberPreferences {

    void save(DeliveryPreferences preferences);

    Optional<DeliveryPreferences> find(MemberId member);
}
