package org.namc.projects;

import java.util.List;

/**
 * What importing did: created the project, updated its details (naming the parts that
 * changed), or left it unchanged (same details, or a finished project, which keeps its last
 * details).
 */
public sealed interface ImportResult {

    ProjectView project();

    record Created(ProjectView project) implements ImportResult {
    }

    record Updated(ProjectView project, List<String> changed) implements ImportResult {
        public Updated {
            changed = List.copyOf(changed);
        }
    }

    record Unchanged(ProjectView project) implements ImportResult {
    }
}
