package nl.wegwijs.backend.catalogue;

/** Who in the family a provision is for. */
public enum ForWhom {
    KIND, OUDER, BRUSSEN, NETWERK
}
