package nl.wegwijs.backend.editorial;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalRepository extends JpaRepository<Proposal, UUID> {

    Page<Proposal> findByStatusOrderByCreatedAt(ProposalStatus status, Pageable pageable);

    long countByStatus(ProposalStatus status);
}
