package org.namc.documents.pdf;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words on the documents, in English ({@code labels.properties}) or Spanish
 * ({@code labels_es.properties}); any other language gets English. The JVM's default locale
 * never takes part in the choice.
 */
final class Labels {
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    Labels(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.namc.documents.pdf.labels", locale, NO_DEFAULT_LOCALE);
    }

    String get(String key) {
        return bundle.getString(key);
    }

    /** The label with {@code {0}}, {@code {1}}... filled in; arguments are already formatted text. */
    String get(String key, String... arguments) {
        return new MessageFormat(bundle.getString(key).replace("'", "''"), locale).format(arguments);
    }
}
