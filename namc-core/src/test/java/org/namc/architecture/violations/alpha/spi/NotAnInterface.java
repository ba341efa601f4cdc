package org.namc.architecture.violations.alpha.spi;

/** Rule 4: a class, not an interface, in an spi package. */
public class NotAnInterface {
    public void save(String value) {
    }
}
