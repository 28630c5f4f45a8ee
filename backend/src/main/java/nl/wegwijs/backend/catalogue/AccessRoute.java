package nl.wegwijs.backend.catalogue;

/** How a family gets in: open access, via school, a municipal decision ("beschikking") or a doctor's referral. */
public enum AccessRoute {
    VRIJ_TOEGANKELIJK, VIA_SCHOOL, BESCHIKKING, VERWIJZING
}
