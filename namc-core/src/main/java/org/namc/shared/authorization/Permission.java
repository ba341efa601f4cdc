package org.namc.shared.authorization;

import org.namc.shared.domain.ViolationRule;
import java.util.Objects;
import java.util.regex.Pattern;
import org.namc.shared.domain.NamcException;

/**
 * A {@code resource:action} pair such as {@code project:publish}. Either half may be the
 * wildcard {@code *} in a role's rules ({@code invoice:*}, {@code *:*}); a request always
 * names both concretely.
 */
public record Permission(String resource, String action) {
    public static final String ANY = "*";
    private static final Pattern PART = Pattern.compile("\\*|[a-z][a-z0-9-]{0,49}");

    public Permission {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(action, "action");
        if (!PART.matcher(resource).matches() || !PART.matcher(action).matches()) {
            throw NamcException.invalid("value", ViolationRule.FORMAT,
                    "must be resource:action in lower case (letters, digits, dashes) or *");
        }
    }

    public static Permission of(String resource, String action) {
        return new Permission(resource, action);
    }

    /** Parses {@code resource:action}. */
    public static Permission parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0 || colon != text.lastIndexOf(':')) {
            throw NamcException.invalid("value", ViolationRule.FORMAT, "must be resource:action");
        }
        return new Permission(text.substring(0, colon), text.substring(colon + 1));
    }

    public boolean isWildcard() {
        return resource.equals(ANY) || action.equals(ANY);
    }

    /**
     * Whether this rule's permission covers {@code requested}: a concrete request, or another
     * rule's permission (a wildcard there is covered only by a wildcard here).
     */
    public boolean covers(Permission requested) {
        return (resource.equals(ANY) || resource.equals(requested.resource))
                && (action.equals(ANY) || action.equals(requested.action));
    }

    @Override
    public String toString() {
        return resource + ":" + action;
    }
}
