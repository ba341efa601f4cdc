package org.namc.examples;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The demo's command line: {@code --jdbc-url} runs it on PostgreSQL, in {@code --schema}
 * ({@code namc} unless given); without a URL it runs in memory.
 */
record DemoOptions(@Nullable String jdbcUrl, String schema) {
    static final String USAGE = "PortalDemo [--jdbc-url jdbc:postgresql://HOST:PORT/DB?user=USER&password=PASSWORD]"
            + " [--schema NAME]";

    /** @throws IllegalArgumentException naming the option that is unknown or lacks its value */
    static DemoOptions parse(List<String> args) {
        String jdbcUrl = null;
        String schema = "namc";
        for (int i = 0; i < args.size(); i += 2) {
            String option = args.get(i);
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            switch (option) {
                case "--jdbc-url" -> jdbcUrl = args.get(i + 1);
                case "--schema" -> schema = args.get(i + 1);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (jdbcUrl == null && !schema.equals("namc")) {
            throw new IllegalArgumentException("--schema applies only with --jdbc-url");
        }
        return new DemoOptions(jdbcUrl, schema);
    }
}
