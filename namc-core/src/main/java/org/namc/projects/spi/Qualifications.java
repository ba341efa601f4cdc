package org.namc.projects.spi;

import java.util.Optional;
import org.namc.projects.domain.ContractorQualifications;
import org.namc.shared.domain.MemberId;
import org.namc.shared.domain.Page;
import org.namc.shared.domain.PageRequest;

/** Members' contractor qualifications, one record per member. Writes join the running transaction. */
public interface Qualifications {

    /**
     * Inserts (version 0) or updates a record whose version still matches and returns it at
     * its new version; {@code CONFLICT} when the stored version moved on.
     */
    ContractorQualifications save(ContractorQualifications qualifications);

    Optional<ContractorQualifications> find(MemberId member);

    /** All records, ordered by member id. */
    Page<ContractorQualifications> list(PageRequest page);
}
