package dk.tvaers.family;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseReferralRepository extends JpaRepository<CaseReferral, Long> {}
