package org.namc.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@code docs/PERFORMANCE.md} from a JMH JSON result file: the machine, the JDK, the
 * date and command of the run, then one row per goal of the library beside its alternative,
 * measured in that same run. Usage: {@code PerformanceReport <results.json> <out.md> <date> <command> [note]},
 * the note saying anything a reader should know about the run (a loaded machine, a partial selection).
 */
public final class PerformanceReport {
    private PerformanceReport() {
    }

    /** How a row compares the two figures. */
    enum Comparison {
        /** ours ÷ alternative: below 1 means the library is faster. */
        TIME_RATIO,
        /** how many rankings two threads finish in the time one thread does one: 2 × single ÷ pair. */
        TWO_THREAD_SCALING,
        /** no alternative: the figure alone against its goal. */
        NONE
    }

    record Row(String id, String work, String ours, @Nullable String alternative, String alternativeName,
               Comparison comparison, String goal) {
    }

    static final List<Row> ROWS = List.of(
            new Row("B1", "`decide`, random member × permission, 10,000 members, 50 roles in 5 tiers, "
                    + "500 permissions, warm", "access.AccessBenchmark.decide",
                    "access.AccessBenchmark.casbinCachedEnforcer", "jCasbin `CachedEnforcer`",
                    Comparison.TIME_RATIO, "≤ 50 ns, ≥ 2× faster than `CachedEnforcer`"),
            new Row("B1", "the same, uncached alternative", "access.AccessBenchmark.decide",
                    "access.AccessBenchmark.casbinEnforcer", "jCasbin `Enforcer`", Comparison.TIME_RATIO, "—"),
            new Row("B1w", "compiling one member's permissions (cold) and deciding",
                    "access.AccessBenchmark.compileOne", null, "—", Comparison.NONE, "≤ 20 µs"),
            new Row("B1w", "compiling all 10,000 members on a fresh decider", "access.AccessBenchmark.compileAll",
                    null, "—", Comparison.NONE, "< 1 s"),
            new Row("B2", "top 20 of 100,000 members (`MatchEngine.rank` on a built `CandidateIndex`)",
                    "matching.RankingBenchmark.engine", "matching.RankingBenchmark.naive",
                    "naive haversine + full sort", Comparison.TIME_RATIO, "≤ 2 ms"),
            new Row("B2", "the same on 2 threads at once (scaling over 1 thread)",
                    "matching.RankingBenchmark.engineTwoThreads", "matching.RankingBenchmark.engine",
                    "1 thread", Comparison.TWO_THREAD_SCALING, "≥ 1.6×"),
            new Row("B2u", "`ProjectsApi.rankMembers`, 10,000 members, in memory",
                    "matching.RankMembersBenchmark.useCase", "matching.RankMembersBenchmark.engineAlone",
                    "the engine alone", Comparison.TIME_RATIO, "≤ 1.2×"),
            new Row("B3", "a 10-line invoice, 12.5% discount, two tax rates", "billing.InvoiceBenchmark.ours",
                    "billing.InvoiceBenchmark.cents", "long-cents reference", Comparison.TIME_RATIO,
                    "≤ 1 µs, exact to the cent"),
            new Row("B4", "5,000 registrations for 1,000 seats from 2 threads, in memory",
                    "events.RegistrationBenchmark.ours", "events.RegistrationBenchmark.reference",
                    "`AtomicInteger` + queue", Comparison.TIME_RATIO, "≤ 2×, 0 oversold"),
            new Row("B10", "one password verification (PBKDF2-SHA256, 600,000)", "passwords.PasswordBenchmark.ours",
                    "passwords.PasswordBenchmark.pbkdf2", "password4j PBKDF2 600,000", Comparison.TIME_RATIO,
                    "never cheaper than OWASP's minimum"),
            new Row("B10", "the same beside Argon2id", "passwords.PasswordBenchmark.ours",
                    "passwords.PasswordBenchmark.argon2id", "password4j Argon2id (19 MiB, t=2, p=1)",
                    Comparison.TIME_RATIO, "—"),
            new Row("B11", "grading a 50-question quiz", "grading.GradingBenchmark.ours",
                    "grading.GradingBenchmark.naive", "naive map-based grader", Comparison.TIME_RATIO, "≤ 5 µs"));

    record Figure(double score, double error, String unit) {
        double nanos() {
            return score * switch (unit.substring(0, unit.indexOf('/'))) {
                case "ns" -> 1;
                case "us" -> 1e3;
                case "ms" -> 1e6;
                case "s" -> 1e9;
                default -> throw new IllegalArgumentException("unknown unit " + unit);
            };
        }

        @Override
        public String toString() {
            String u = unit.substring(0, unit.indexOf('/')).replace("us", "µs");
            return String.format(Locale.ROOT, "%s ± %s %s", round(score), round(error), u);
        }

        private static String round(double value) {
            return Double.isNaN(value) ? "?" : value >= 100 ? String.format(Locale.ROOT, "%.0f", value)
                    : String.format(Locale.ROOT, "%.3g", value);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 4 || args.length > 5) {
            System.err.println("usage: PerformanceReport <results.json> <out.md> <date> <command> [note]");
            System.exit(2);
        }
        JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        Files.writeString(Path.of(args[1]), render(results, args[2], args[3], args.length == 5 ? args[4] : ""), StandardCharsets.UTF_8);
    }

    static String render(JsonNode results, String date, String command, String note) {
        Map<String, Figure> figures = new HashMap<>();
        String jdk = "?";
        for (JsonNode run : results) {
            String name = run.get("benchmark").asText().replace("org.namc.benchmarks.", "");
            JsonNode metric = run.get("primaryMetric");
            figures.put(name, new Figure(metric.get("score").asDouble(), metric.path("scoreError").asDouble(Double.NaN),
                    metric.get("scoreUnit").asText()));
            jdk = run.path("vmName").asText() + " " + run.path("jdkVersion").asText() + " ("
                    + run.path("vmVersion").asText() + ")";
        }
        StringBuilder md = new StringBuilder();
        md.append("# Performance\n\n")
                .append("Each row runs the library and its alternative on the same state in the same JMH run; every ")
                .append("benchmark first checks that both give the same answers. Compare ratios rather than ")
                .append("absolute figures across machines. Rerun with `scripts/benchmarks.sh` (add `--quick` for a ")
                .append("run under 10 minutes).\n\n")
                .append("- Machine: ").append(machine()).append('\n')
                .append("- JDK: ").append(jdk).append('\n')
                .append("- Date: ").append(date).append('\n')
                .append("- Command: `").append(command).append("`\n")
                .append(note.isBlank() ? "" : "- Note: " + note + "\n").append('\n')
                .append("| # | work | ours | alternative | ratio | goal |\n|---|---|---|---|---|---|\n");
        for (Row row : ROWS) {
            Figure ours = figures.get(row.ours());
            Figure alternative = row.alternative() == null ? null : figures.get(row.alternative());
            md.append("| ").append(row.id()).append(" | ").append(row.work()).append(" | ")
                    .append(ours == null ? "not run" : ours.toString()).append(" | ")
                    .append(row.alternativeName())
                    .append(alternative == null ? "" : ": " + alternative).append(" | ")
                    .append(ratio(row.comparison(), ours, alternative)).append(" | ")
                    .append(row.goal()).append(" |\n");
        }
        md.append("\nRatio: ours ÷ alternative in time (below 1 the library is faster), except the two-thread row, ")
                .append("which gives how many rankings two threads finish while one thread finishes one. ")
                .append("Logins per second per core are 1 ÷ the B10 time.\n");
        return md.toString();
    }

    private static String ratio(Comparison comparison, @Nullable Figure ours, @Nullable Figure alternative) {
        if (comparison == Comparison.NONE || ours == null || alternative == null) {
            return "—";
        }
        double value = comparison == Comparison.TIME_RATIO ? ours.nanos() / alternative.nanos()
                : 2 * alternative.nanos() / ours.nanos();
        return String.format(Locale.ROOT, "%.3g×", value);
    }

    private static String machine() {
        String cpu = "?";
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            try (Stream<String> lines = Files.lines(cpuinfo)) {
                cpu = lines.filter(l -> l.startsWith("model name")).findFirst()
                        .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
            } catch (IOException e) {
                cpu = "?";
            }
        }
        return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores visible, "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch");
    }
}
