package org.namc.membership.domain;

/** The seed's {@code member_type_enum}, derived from the association's membership classes. */
public enum MemberType {
    /** A minority-owned contracting firm: the association's full members. */
    REGULAR,
    /** Suppliers, consultants and other firms that work with contractors. */
    ASSOCIATE,
    /** Large general contractors, owners and agencies that sponsor the association. */
    CORPORATE,
    /** Students and apprentices in construction programmes. */
    STUDENT,
    /** Members honoured by the board; never billed. */
    HONORARY
}
