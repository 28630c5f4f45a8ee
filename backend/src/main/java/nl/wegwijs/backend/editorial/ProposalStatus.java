package nl.wegwijs.backend.editorial;

/** A proposal is open until an editor has decided on every field. */
public enum ProposalStatus {
    OPEN,
    DONE
}
