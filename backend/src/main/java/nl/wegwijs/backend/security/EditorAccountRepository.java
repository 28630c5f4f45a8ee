package nl.wegwijs.backend.security;

import org.springframework.data.jpa.repository.JpaRepository;

interface EditorAccountRepository extends JpaRepository<EditorAccount, String> {

    boolean existsByRole(Role role);
}
