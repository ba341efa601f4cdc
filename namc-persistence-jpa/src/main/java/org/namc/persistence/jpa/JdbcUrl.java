package org.namc.persistence.jpa;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A {@code jdbc:postgresql:} URL split into the part that may be shown (host, database, options)
 * and the credentials from its query ({@code user}, {@code password}), which travel separately.
 * Neither {@link #toString()} nor any exception thrown here contains the password.
 */
final class JdbcUrl {
    private static final String PREFIX = "jdbc:postgresql:";

    private final String withoutCredentials;
    private final @Nullable String user;
    private final @Nullable String password;

    private JdbcUrl(String withoutCredentials, @Nullable String user, @Nullable String password) {
        this.withoutCredentials = withoutCredentials;
        this.user = user;
        this.password = password;
    }

    /**
     * @throws IllegalArgumentException when the URL is not PostgreSQL's, puts credentials before an
     *     {@code @}, carries another password-like parameter (such as {@code sslpassword}), or has a
     *     malformed percent-encoding in its credentials; the message never quotes the URL
     */
    static JdbcUrl parse(String url) {
        if (!url.startsWith(PREFIX)) {
            throw new IllegalArgumentException("the JDBC URL must start with " + PREFIX);
        }
        int queryStart = url.indexOf('?');
        String base = queryStart < 0 ? url : url.substring(0, queryStart);
        if (base.contains("@")) {
            throw new IllegalArgumentException("the JDBC URL must not hold credentials before an '@' (pgjdbc does not"
                    + " read them there): pass them as the user and password parameters of its query");
        }
        String user = null;
        String password = null;
        List<String> kept = new ArrayList<>();
        for (String parameter : queryStart < 0 ? new String[0] : url.substring(queryStart + 1).split("&")) {
            String name = parameter.substring(0, Math.max(parameter.indexOf('='), 0));
            if (name.equals("user")) {
                user = decoded(parameter, name);
            } else if (name.equals("password")) {
                password = decoded(parameter, name);
            } else if (name.toLowerCase(Locale.ROOT).contains("password")) {
                throw new IllegalArgumentException("the JDBC URL's parameter " + name + " would be logged with the URL;"
                        + " give the library a configured DataSource instead");
            } else if (!parameter.isEmpty()) {
                kept.add(parameter);
            }
        }
        return new JdbcUrl(kept.isEmpty() ? base : base + "?" + String.join("&", kept), user, password);
    }

    /** The URL with the {@code user} and {@code password} parameters taken out. */
    String withoutCredentials() {
        return withoutCredentials;
    }

    Optional<String> user() {
        return Optional.ofNullable(user);
    }

    Optional<String> password() {
        return Optional.ofNullable(password);
    }

    /** pgjdbc percent-decodes parameter values; so does this, to hand the pool what the driver would read. */
    private static String decoded(String parameter, String name) {
        try {
            return URLDecoder.decode(parameter.substring(name.length() + 1), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            // The decoder's own message quotes the value: it is left out, cause and all.
            throw new IllegalArgumentException("the JDBC URL's " + name + " parameter has a malformed %-escape");
        }
    }

    @Override
    public String toString() {
        return withoutCredentials + (user == null ? "" : " (user " + user + ")");
    }
}
