package org.namc.projects.matching;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.namc.membership.domain.Profile;
import org.namc.projects.domain.CertificationRequirement;
import org.namc.projects.domain.GeoPolygon;
import org.namc.projects.domain.InsuranceRequirement;
import org.namc.projects.domain.Project;
import org.namc.projects.domain.ProjectId;
import org.namc.projects.domain.Requirements;
import org.namc.shared.domain.GeoPoint;
import org.namc.shared.domain.Money;

/** What a project asks of a contractor, as matching reads it. Skills are put in canonical form. */
public record MatchCriteria(ProjectId projectId, List<String> skills, List<CertificationRequirement> certifications,
                            @Nullable GeoPoint site, @Nullable GeoPolygon serviceArea, int yearsOfExperience,
                            @Nullable Money bonding, List<InsuranceRequirement> insurance) {

    public MatchCriteria {
        Objects.requireNonNull(projectId, "projectId");
        skills = Profile.canonicalSkills(skills);
        certifications = List.copyOf(certifications);
        insurance = List.copyOf(insurance);
    }

    public static MatchCriteria of(Project project) {
        Requirements r = project.details().requirements();
        return new MatchCriteria(project.id(), r.skills(), r.certifications(),
                project.details().location().coordinates(), project.details().location().serviceArea(),
                r.yearsOfExperience(), r.bonding(), r.insurance());
    }

    long bondingMinor() {
        return bonding == null ? 0 : bonding.minorUnits();
    }
}
