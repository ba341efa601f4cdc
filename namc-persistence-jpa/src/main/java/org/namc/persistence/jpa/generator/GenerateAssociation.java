package org.namc.persistence.jpa.generator;

import java.io.PrintStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.namc.persistence.jpa.JpaPersistence;
import org.namc.persistence.jpa.generator.AssociationGenerator.Scale;
import org.namc.persistence.jpa.generator.AssociationGenerator.Timings;

/**
 * Command line of the {@link AssociationGenerator} ({@code scripts/generate-data.sh} runs it):
 * <pre>
 * --jdbc-url URL --schema NAME [--members N] [--projects N] [--audit-entries N]
 * </pre>
 * The schema is migrated first and must not hold generated data yet; the defaults are
 * {@link Scale#FULL}. Prints how long each part took.
 */
public final class GenerateAssociation {
    private GenerateAssociation() {
    }

    public static void main(String[] args) {
        Map<String, String> options = options(List.of(args));
        Scale scale = new Scale(number(options, "--members", Scale.FULL.members()),
                number(options, "--projects", Scale.FULL.projects()),
                number(options, "--audit-entries", Scale.FULL.auditEntries()));
        PrintStream out = System.out;
        try (JpaPersistence persistence = JpaPersistence.builder().jdbcUrl(required(options, "--jdbc-url"))
                .schema(required(options, "--schema")).build()) {
            if (persistence.members().findById(AssociationGenerator.memberId(1)).isPresent()) {
                throw new IllegalArgumentException("schema " + persistence.schema() + " already holds members");
            }
            Timings timings = new AssociationGenerator(persistence, Clock.systemUTC()).generate(scale);
            out.printf("members        %,12d in %s%n", scale.members(), timings.members());
            out.printf("projects       %,12d in %s%n", scale.projects(), timings.projects());
            out.printf("audit entries  %,12d in %s%n", scale.auditEntries(), timings.auditEntries());
            out.printf("total                       %s%n", timings.total());
        }
    }

    private static Map<String, String> options(List<String> args) {
        if (args.size() % 2 != 0) {
            throw new IllegalArgumentException("options come in pairs (--name value), got " + args.size() + " words");
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            if (!List.of("--jdbc-url", "--schema", "--members", "--projects", "--audit-entries").contains(args.get(i))) {
                throw new IllegalArgumentException("unknown option " + args.get(i));
            }
            options.put(args.get(i), args.get(i + 1));
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    private static long number(Map<String, String> options, String name, long fallback) {
        String value = options.get(name);
        return value == null ? fallback : Long.parseLong(value.replace("_", ""));
    }
}
