package org.namc.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.io.File;
import java.net.URISyntaxException;

/** The two class sets the rules are checked against, each imported once. */
final class NamcClasses {

    static final String VIOLATIONS_ROOT = "org.namc.architecture.violations";

    private NamcClasses() {
    }

    /** Main code of namc-core only: never test classes, so never the violation fixtures. */
    static JavaClasses main() {
        return Holder.MAIN;
    }

    /** The fake mini-project of deliberate violations (test classes). */
    static JavaClasses violations() {
        return Holder.VIOLATIONS;
    }

    /** Where this module's compiled test classes live (a directory, or a jar). */
    static String testOutputPath() {
        try {
            File root = new File(NamcClasses.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return root.toURI().getRawPath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Excludes this module's test output wherever it is. {@code DO_NOT_INCLUDE_TESTS} alone only
     * recognises {@code .../target/test-classes/}, {@code build/classes/.../test} and
     * {@code out/test}: with {@code -Dnamc.build.dir=/tmp/...} the test classes live in
     * {@code /tmp/.../test-classes/} and it would let the fixtures in.
     */
    private static final class DoNotIncludeThisModulesTestOutput implements ImportOption {
        private final String testOutput = testOutputPath();

        @Override
        public boolean includes(Location location) {
            return !location.contains(testOutput);
        }
    }

    private static final class Holder {
        static final JavaClasses MAIN = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(new DoNotIncludeThisModulesTestOutput())
                .importPackages(ArchitectureRules.MAIN_ROOT);

        static final JavaClasses VIOLATIONS = new ClassFileImporter().importPackages(VIOLATIONS_ROOT);
    }
}
