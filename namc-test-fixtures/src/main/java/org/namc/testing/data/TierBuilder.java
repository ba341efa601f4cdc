package org.namc.testing.data;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.namc.access.domain.PermissionRule;
import org.namc.billing.BillingApi;
import org.namc.billing.DefineTier;
import org.namc.billing.TierDetails;
import org.namc.billing.TierView;
import org.namc.billing.domain.MembershipTier;
import org.namc.billing.domain.TierId;
import org.namc.billing.domain.TierTerms;
import org.namc.billing.domain.TrialOffer;
import org.namc.shared.domain.Actor;
import org.namc.shared.domain.Money;

/**
 * A membership tier with sensible defaults: {@code aTier("GOLD").monthly("25.00").yearly("250.00")
 * .granting("project:bid active-member").define(billing)}.
 */
public final class TierBuilder {
    private final String code;
    private String displayName;
    private String currency = "USD";
    private String monthly = "25.00";
    private @Nullable String yearly = "250.00";
    private String setupFee = "0";
    private int priority;
    private int sortOrder;
    private boolean popular;
    private TrialOffer trial = TrialOffer.NONE;
    private final List<String> benefits = new ArrayList<>();
    private final List<String> permissions = new ArrayList<>();
    private final Map<String, Integer> limits = new LinkedHashMap<>();

    private TierBuilder(String code) {
        this.code = code;
        this.displayName = code.charAt(0) + code.substring(1).toLowerCase(Locale.ROOT);
    }

    public static TierBuilder aTier(String code) {
        return new TierBuilder(code);
    }

    public TierBuilder named(String name) {
        this.displayName = name;
        return this;
    }

    public TierBuilder in(String currencyCode) {
        this.currency = currencyCode;
        return this;
    }

    public TierBuilder monthly(String amount) {
        this.monthly = amount;
        return this;
    }

    public TierBuilder yearly(@Nullable String amount) {
        this.yearly = amount;
        return this;
    }

    public TierBuilder setupFee(String amount) {
        this.setupFee = amount;
        return this;
    }

    public TierBuilder priority(int level) {
        this.priority = level;
        return this;
    }

    public TierBuilder sortOrder(int order) {
        this.sortOrder = order;
        return this;
    }

    /** The tier offers a free trial of {@code days}, with or without a payment method on file. */
    public TierBuilder trial(int days, boolean needsPaymentMethod) {
        this.trial = new TrialOffer(days, needsPaymentMethod);
        return this;
    }

    public TierBuilder popular() {
        this.popular = true;
        return this;
    }

    public TierBuilder benefits(String... texts) {
        benefits.addAll(List.of(texts));
        return this;
    }

    /** Access rules the tier's members hold, in the roles' text form. */
    public TierBuilder granting(String... rules) {
        permissions.addAll(List.of(rules));
        return this;
    }

    public TierBuilder limit(String name, int value) {
        limits.put(name, value);
        return this;
    }

    public String code() {
        return code;
    }

    public TierDetails details() {
        return new TierDetails(displayName, displayName + " membership", Money.of(monthly, currency),
                yearly == null ? null : Money.of(yearly, currency), Money.of(setupFee, currency), benefits,
                Map.of("directory-listing", "featured"), limits, permissions, priority, popular, sortOrder, trial);
    }

    public DefineTier command() {
        return new DefineTier(code, details());
    }

    /** Defines the tier through the API, as staff would. */
    public TierView define(BillingApi billing) {
        return billing.defineTier(Actor.system(), command());
    }

    /** The tier as a domain object, for store tests that bypass the use cases. */
    public MembershipTier tier(TierId id, Instant now) {
        TierDetails d = details();
        return MembershipTier.define(id, code, new TierTerms(d.displayName(), d.description(), d.monthlyPrice(),
                d.yearlyPrice(), d.setupFee(), d.benefits(), d.features(), d.limits(),
                d.permissions().stream().map(PermissionRule::parse).collect(Collectors.toSet()), d.priorityLevel(),
                d.popular(), d.sortOrder(), d.trial() == null ? TrialOffer.NONE : d.trial()), now);
    }
}
