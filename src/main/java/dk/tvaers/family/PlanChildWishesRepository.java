package dk.tvaers.family;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanChildWishesRepository extends JpaRepository<PlanChildWishes, Long> {}
