package org.namc.examples;

import java.io.PrintStream;
import java.time.Duration;
import org.namc.access.GrantRole;
import org.namc.messaging.FlagMessage;
import org.namc.messaging.MessagingApi;
import org.namc.messaging.ModerateMessage;
import org.namc.messaging.ReplyToMessage;
import org.namc.messaging.SendMessage;
import org.namc.messaging.MessageView;
import org.namc.membership.RegisterMember;
import org.namc.membership.VerifyEmail;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PageRequest;
import org.namc.shared.domain.Secret;

/** The "Messaging" part of the demo: a thread with replies and a read receipt, a flag, and moderation. */
final class MessagingStory {
    private final PrintStream out;
    private final DemoRuntime runtime;
    private final MessagingApi messaging;

    MessagingStory(DemoRuntime runtime, PrintStream out) {
        this.out = out;
        this.runtime = runtime;
        this.messaging = runtime.portal().messaging();
    }

    void run() {
        say("");
        say("== Messaging and moderation ==");
        MemberId rosa = member("rosa@garciaconcrete.example", "Rosa", "Garcia");
        MemberId tom = member("tom@nguyenroofing.example", "Tom", "Nguyen");
        MemberId mo = member("mo@namc-norcal.example", "Mo", "Moderator");
        runtime.portal().access().grantRole(Actor.system(), new GrantRole(mo, "MODERATOR", null));

        MessageView opening = messaging.send(Actor.member(rosa), SendMessage.direct(rosa, tom,
                "Teaming on the Oakland school bid", "We have the concrete; do you want the roofing scope?"));
        tick();
        MessageView answer = messaging.reply(Actor.member(tom), ReplyToMessage.of(opening.id(), tom,
                "Yes. Send me the drawings."));
        tick();
        MessageView rude = messaging.reply(Actor.member(rosa), ReplyToMessage.of(answer.id(), rosa,
                "Only if you stop underbidding everyone, you clown."));
        tick();
        var receipt = messaging.markRead(Actor.member(tom), rude.id());
        say("Rosa and Tom exchange 3 messages in one thread; Tom read the last at " + receipt.readAt());

        messaging.flag(Actor.member(tom), new FlagMessage(rude.id(), "Insulting"));
        say("Tom flags it; the moderation queue holds " + messaging.moderationQueue(Actor.member(mo),
                PageRequest.first(10)).totalItems() + " message");
        messaging.hide(Actor.member(mo), new ModerateMessage(rude.id(), "Breaks the code of conduct, rule 3"));
        thread("Tom now sees", Actor.member(tom), opening);
        thread("Mo (moderator) sees", Actor.member(mo), opening);
    }

    private void thread(String who, Actor viewer, MessageView opening) {
        say(who + ", newest first:");
        for (MessageView m : messaging.thread(viewer, opening.id(), PageRequest.first(10)).items()) {
            say(String.format("  %-44s %s", "\"" + m.content().substring(0, Math.min(40, m.content().length())) + "\"",
                    m.hidden() ? "[hidden: " + m.moderation().reason() + "]" : ""));
        }
    }

    private void tick() {
        runtime.clock().advance(Duration.ofMinutes(3));
    }

    private MemberId member(String email, String first, String last) {
        var registration = runtime.portal().membership().register(RegisterMember.of(email,
                Secret.of("a long demo passphrase"), first, last));
        runtime.portal().membership().verifyEmail(new VerifyEmail(registration.verification().token()));
        return registration.memberId();
    }

    private void say(String line) {
        out.println(line);
    }
}
