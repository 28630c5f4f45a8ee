package nl.wegwijs.backend.catalogue;

import org.springframework.data.jpa.repository.JpaRepository;

interface CatalogueImportRepository extends JpaRepository<CatalogueImportRecord, Long> {

    boolean existsBySourceAndContentHash(String source, String contentHash);
}
