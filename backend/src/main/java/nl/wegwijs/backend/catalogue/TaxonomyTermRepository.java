package nl.wegwijs.backend.catalogue;

import org.springframework.data.jpa.repository.JpaRepository;

interface TaxonomyTermRepository extends JpaRepository<TaxonomyTerm, String> {}
