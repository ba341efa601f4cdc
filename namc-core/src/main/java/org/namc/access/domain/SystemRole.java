package org.namc.access.domain;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The roles the library seeds, with the rules every installation starts from. Hosts may
 * add rules to them but not remove these.
 */
public enum SystemRole {
    ADMIN("Full control of the portal", "*:*"),
    STAFF("Association staff running day-to-day operations",
            "member:*", "role:read", "role:grant", "role:revoke", "project:*", "application:*", "course:*",
            "event:*", "message:moderate", "audit:read", "invoice:read", "notification:send", "qualification:*",
            "enrollment:*", "certificate:*", "notification:manage-templates", "ai-model:*", "ai-feedback:read"),
    MEMBER("Every registered member",
            "member:read own", "member:update own", "member:cancel own", "member:delete own",
            "member:manage-security own", "project:read active-member", "application:create active-member",
            "application:read own", "application:withdraw own", "course:read", "enrollment:create active-member",
            "enrollment:read own", "enrollment:update own", "certificate:read own",
            "event:read", "event:register active-member", "message:send active-member", "message:read own",
            "invoice:read own", "payment:create own", "subscription:read own", "role:read own",
            "payment:read own", "subscription:create own", "subscription:update own", "subscription:cancel own",
            "billing-account:read own", "billing-account:update own",
            "application:update own", "qualification:read own", "qualification:update own",
            "event:cancel-registration own", "event:pay own", "event:read-registrations own",
            "message:delete own", "message:block own", "message:flag own",
            "notification:read own", "notification:configure own", "ai-feedback:create own", "ai-feedback:rate own"),
    INSTRUCTOR("Teaches courses and grades assessments",
            "course:create", "course:update own", "course:publish own", "course:grade own", "assessment:*"),
    PROJECT_OWNER("Posts project opportunities and reviews applications",
            "project:create", "project:update own", "project:publish own", "project:close own",
            "application:review own", "project:cancel own", "project:award own", "project:rank-members own"),
    MODERATOR("Moderates messages", "message:moderate", "message:read"),
    FINANCE("Runs billing", "invoice:*", "payment:*", "refund:*", "subscription:*", "tier:*", "billing-account:*"),
    GUEST("Anyone, signed in or not", "member:register", "project:read-public", "event:read-public",
            "course:read-catalogue", "tier:read", "certificate:verify");

    private final String description;
    private final Set<PermissionRule> rules;

    SystemRole(String description, String... rules) {
        this.description = description;
        this.rules = Arrays.stream(rules).map(PermissionRule::parse).collect(Collectors.toUnmodifiableSet());
    }

    public String description() {
        return description;
    }

    public Set<PermissionRule> rules() {
        return rules;
    }

    public static boolean isSystemRoleName(String name) {
        return Arrays.stream(values()).anyMatch(r -> r.name().equals(name));
    }
}
