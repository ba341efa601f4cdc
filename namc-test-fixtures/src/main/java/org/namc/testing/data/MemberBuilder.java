package org.namc.testing.data;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import java.time.Instant;
import org.namc.membership.MembershipApi;
import org.namc.membership.RegisterMember;
import org.namc.membership.Registration;
import org.namc.membership.VerifyEmail;
import org.namc.membership.domain.Member;
import org.namc.membership.domain.PasswordHash;
import org.namc.membership.domain.Profile;
import org.namc.shared.domain.EmailAddress;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.PhoneNumber;
import org.namc.membership.domain.Certification;
import org.namc.membership.domain.MemberType;
import org.namc.shared.domain.GeoPoint;
import org.namc.shared.domain.PostalAddress;
import org.namc.shared.domain.Secret;

/**
 * Registration data with sensible defaults, each member unique:
 * {@code aMember().withSkills("electrical").command()}.
 */
public final class MemberBuilder {
    /** Satisfies the password policy; tests share it so they can log in. */
    public static final Secret DEFAULT_PASSWORD = Secret.of("correct horse battery staple");
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private String email;
    private Secret password = DEFAULT_PASSWORD;
    private String firstName = "Maria";
    private String lastName;
    private @Nullable String company = "Bay Builders Inc.";
    private @Nullable String phone = "(415) 555-0100";
    private @Nullable PostalAddress address = PostalAddress.us("1 Market St", "San Francisco", "CA", "94105");
    private @Nullable GeoPoint location = GeoPoint.of(37.7937, -122.3965);
    private MemberType type = MemberType.REGULAR;
    private final List<String> skills = new ArrayList<>();
    private final List<Certification> certifications = new ArrayList<>();

    private MemberBuilder() {
        int n = SERIAL.incrementAndGet();
        this.email = "member" + n + "@example.org";
        this.lastName = "Member" + n;
    }

    public static MemberBuilder aMember() {
        return new MemberBuilder();
    }

    public MemberBuilder withEmail(String email) {
        this.email = email;
        return this;
    }

    public MemberBuilder withPassword(String password) {
        this.password = Secret.of(password);
        return this;
    }

    public MemberBuilder named(String first, String last) {
        this.firstName = first;
        this.lastName = last;
        return this;
    }

    public MemberBuilder withCompany(@Nullable String company) {
        this.company = company;
        return this;
    }

    public MemberBuilder withPhone(@Nullable String phone) {
        this.phone = phone;
        return this;
    }

    public MemberBuilder withAddress(@Nullable PostalAddress address) {
        this.address = address;
        return this;
    }

    public MemberBuilder at(@Nullable GeoPoint location) {
        this.location = location;
        return this;
    }

    public MemberBuilder ofType(MemberType type) {
        this.type = type;
        return this;
    }

    public MemberBuilder withSkills(String... skills) {
        this.skills.addAll(List.of(skills));
        return this;
    }

    public MemberBuilder withCertification(Certification certification) {
        this.certifications.add(certification);
        return this;
    }

    public Secret password() {
        return password;
    }

    public String email() {
        return email;
    }

    /** The member as a domain object, for store tests that bypass the use cases. */
    public Member member(MemberId id, Instant now) {
        Profile profile = new Profile(firstName, lastName, company, null, phone == null ? null : PhoneNumber.parse(phone),
                address, location, null, null, null, null, null, skills, certifications, List.of("English"));
        return Member.register(id, EmailAddress.of(email), new PasswordHash("pbkdf2-sha256$1$c2FsdA$aGFzaA"),
                profile, type, null, now);
    }

    /** Registers through the API and verifies the email, as a member would. */
    public MemberId registerVerified(MembershipApi membership) {
        Registration registration = membership.register(command());
        membership.verifyEmail(new VerifyEmail(registration.verification().token()));
        return registration.memberId();
    }

    public RegisterMember command() {
        return new RegisterMember(email, password, firstName, lastName, company, null, phone, address, location,
                type, null, skills, certifications);
    }
}
