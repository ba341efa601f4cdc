package org.namc.architecture.violations.alpha;

import org.assertj.core.api.Assertions;

/** Rule 1: depends on a library outside the JDK / jakarta.validation / jspecify (AssertJ stands in for Hibernate, Stripe ...). */
public final class UsesForbiddenLibrary {
    public void check(String value) {
        Assertions.assertThat(value).isNotBlank();
    }
}
