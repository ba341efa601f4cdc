package org.namc.notifications.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.namc.shared.domain.FieldViolation;
import org.namc.shared.domain.NamcException;

/**
 * Template text with named placeholders, {@code {{firstName}}}. Rendering fills every
 * placeholder; a variable the caller did not supply is an error, never an empty string. In
 * HTML text the values are escaped, so a member's name cannot inject markup.
 */
public final class TemplateText {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_.]{0,63})\\s*}}");

    private TemplateText() {
    }

    /** The variable names the text uses, in order of first use. */
    public static Set<String> variablesIn(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** @throws NamcException {@code VALIDATION_FAILED} naming {@code variables.<name>} for each missing value */
    public static String render(String text, Map<String, String> variables, boolean html) {
        List<FieldViolation> missing = new ArrayList<>();
        for (String name : variablesIn(text)) {
            if (!variables.containsKey(name)) {
                missing.add(new FieldViolation("variables." + name, "missing", "the template needs this variable"));
            }
        }
        if (!missing.isEmpty()) {
            throw NamcException.validation(missing);
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        while (m.find()) {
            String value = variables.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(html ? escapeHtml(value) : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    public static String escapeHtml(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
