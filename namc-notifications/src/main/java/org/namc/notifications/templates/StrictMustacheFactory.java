package org.namc.notifications.templates;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.codes.ValueCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Mustache as the notifications need it: a value tag ({@code {{name}}}, {@code {{{name}}}}) whose
 * variable is missing fails instead of printing nothing, while a section over a missing value is
 * simply skipped (that is how a template says "optional"). HTML escaping is on for HTML
 * templates and off for subjects and plain text, which no browser interprets.
 */
final class StrictMustacheFactory extends DefaultMustacheFactory {
    private final boolean escapeHtml;

    StrictMustacheFactory(String resourceRoot, boolean escapeHtml) {
        super(resourceRoot);
        this.escapeHtml = escapeHtml;
    }

    @Override
    public MustacheVisitor createMustacheVisitor() {
        return new DefaultMustacheVisitor(this) {
            @Override
            public void value(TemplateContext tc, String variable, boolean encoded) {
                list.add(new RequiredValue(tc, df, variable, encoded));
            }
        };
    }

    @Override
    public void encode(String value, Writer writer) {
        if (escapeHtml) {
            super.encode(value, writer);
            return;
        }
        try {
            writer.write(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class RequiredValue extends ValueCode {
        private final String variable;

        RequiredValue(TemplateContext tc, DefaultMustacheFactory factory, String variable, boolean encoded) {
            super(tc, factory, variable, encoded);
            this.variable = variable;
        }

        @Override
        public Writer execute(Writer writer, List<Object> scopes) {
            if (get(scopes) == null) {
                throw new MissingVariable(variable);
            }
            return super.execute(writer, scopes);
        }
    }
}
