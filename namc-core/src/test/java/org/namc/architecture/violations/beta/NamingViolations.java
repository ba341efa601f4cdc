package org.namc.architecture.violations.beta;

/** Rule 5: one class per forbidden suffix (the holder's own name is legal). */
public final class NamingViolations {
    private NamingViolations() {
    }

    public static final class BetaManager {
    }

    public static final class DateHelper {
    }

    public static final class StringUtil {
    }

    public static final class StringUtils {
    }

    public interface BetaDao {
    }

    public interface PaymentPort {
    }
}
