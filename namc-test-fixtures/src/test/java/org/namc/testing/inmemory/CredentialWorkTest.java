package org.namc.testing.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namc.testing.assertions.NamcExceptionAssert.assertThatNamcException;
import static org.namc.testing.data.MemberBuilder.aMember;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.namc.NamcPortal;
import org.namc.membership.ChangePassword;
import org.namc.membership.LogIn;
import org.namc.membership.MembershipApi;
import org.namc.membership.RequestPasswordReset;
import org.namc.membership.ResetPassword;
import org.namc.membership.domain.PasswordHash;
import org.namc.membership.security.Pbkdf2PasswordHasher;
import org.namc.membership.spi.PasswordHasher;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.ErrorCode;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Secret;
import org.namc.testing.MutableClock;
import org.namc.testing.SequentialIds;
import org.namc.testing.data.MemberBuilder;

/**
 * Where and how often the slow password work happens: never inside a unit of work (which would
 * hold the portal-wide lock here, a connection in PostgreSQL), as much for a taken address as for
 * a new one, and a login is judged by the password that is current when it commits.
 */
class CredentialWorkTest {
    private final InMemoryAdapters adapters = new InMemoryAdapters(MutableClock.at("2026-01-15T09:00:00Z"),
            new SequentialIds());
    private final WatchedHasher hasher = new WatchedHasher(adapters.transactions());
    private final NamcPortal portal = adapters.applyTo(NamcPortal.builder()).passwordHasher(hasher).build();
    private final MembershipApi membership = portal.membership();

    {
        portal.access().seedSystemRoles(Actor.system());
    }

    @Test
    void passwordsAreHashedAndCheckedOutsideTheUnitOfWork() {
        MemberBuilder ana = aMember();
        MemberId id = ana.registerVerified(membership);
        membership.logIn(new LogIn(ana.email(), ana.password()));
        membership.changePassword(Actor.member(id), new ChangePassword(id, ana.password(),
                Secret.of("a second passphrase")));
        var reset = membership.requestPasswordReset(new RequestPasswordReset(ana.email())).orElseThrow();
        membership.resetPassword(new ResetPassword(reset.token(), Secret.of("a third passphrase")));

        assertThat(hasher.calls).isNotEmpty().allSatisfy(inUnit -> assertThat(inUnit).isFalse());
    }

    @Test
    void registeringATakenAddressCostsWhatANewOneCosts() {
        MemberBuilder ana = aMember();
        membership.register(ana.command());
        int forNew = hasher.calls.size();

        membership.register(aMember().withEmail(ana.email()).command());

        assertThat(hasher.calls.size() - forNew).isEqualTo(forNew);
    }

    @Test
    void aLoginCheckedAgainstAPasswordResetMeanwhileFails() {
        MemberBuilder ana = aMember();
        ana.registerVerified(membership);
        var reset = membership.requestPasswordReset(new RequestPasswordReset(ana.email())).orElseThrow();
        // The reset commits while the login is still hashing the old password.
        hasher.duringNextCheck.set(() -> membership.resetPassword(new ResetPassword(reset.token(),
                Secret.of("the new passphrase"))));

        assertThatNamcException(() -> membership.logIn(new LogIn(ana.email(), ana.password())))
                .hasCode(ErrorCode.INVALID_CREDENTIALS);
    }

    /** Records, per hash or check, whether a unit of work was running; can run something mid-check. */
    private static final class WatchedHasher implements PasswordHasher {
        private final PasswordHasher real = new Pbkdf2PasswordHasher(InMemoryAdapters.TEST_PBKDF2_ITERATIONS,
                new SecureRandom());
        private final InMemoryTransactions transactions;
        final List<Boolean> calls = new ArrayList<>();
        final AtomicReference<Runnable> duringNextCheck = new AtomicReference<>();

        WatchedHasher(InMemoryTransactions transactions) {
            this.transactions = transactions;
        }

        @Override
        public PasswordHash hash(Secret password) {
            calls.add(transactions.isActive());
            return real.hash(password);
        }

        @Override
        public boolean matches(Secret password, PasswordHash hash) {
            calls.add(transactions.isActive());
            boolean matches = real.matches(password, hash);
            Runnable meanwhile = duringNextCheck.getAndSet(null);
            if (meanwhile != null) {
                meanwhile.run();
            }
            return matches;
        }

        @Override
        public boolean needsRehash(PasswordHash hash) {
            return real.needsRehash(hash);
        }
    }
}
