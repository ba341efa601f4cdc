package org.namc.insights.internal;

import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.namc.insights.spi.AiInteractions;
import org.namc.insights.spi.AiModels;
import org.namc.shared.authorization.Authorizer;
import org.namc.shared.authorization.Permission;
import org.namc.shared.authorization.ResourceRef;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.internal.CommandValidation;
import org.namc.shared.internal.UnitOfWork;
import org.namc.shared.spi.IdGenerator;

/** What every insights use case needs. */
record InsightsContext(AiInteractions interactions, AiModels models, Clock clock, IdGenerator ids,
                       UnitOfWork unitOfWork, CommandValidation validation, Authorizer authorizer) {

    Instant now() {
        return clock.instant();
    }

    /** {@code <resource>:<action>}, on what {@code owner} owns when given, else on the resource type. */
    void require(Actor actor, String resource, String action, @Nullable MemberId owner) {
        authorizer.require(actor, Permission.of(resource, action),
                owner == null ? ResourceRef.any(resource) : ResourceRef.owned(resource, owner, owner));
    }
}
