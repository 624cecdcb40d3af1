package dk.tvaers.process;

import dk.tvaers.family.CaseLifecycle;
import dk.tvaers.family.VisitationRecords;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a place in a district frees up ({@link CaseLifecycle.PlaceFreed}), the waiting family with the highest need
 * gets it at once: the message {@value FamilyInterventionProcess#MESSAGE_PLACE_OFFERED} is correlated to the first
 * family of the district's queue ({@link VisitationRecords#BY_NEED}: highest burden grade, ties by waiting time), in
 * the transaction that freed the place. The family then checks the capacity again and goes on to planning.
 */
@Component
public class PlaceOffers {

    private final Function<String, List<VisitationRecords.WaitingFamily>> waiting;
    private final Consumer<String> offer;

    @Autowired
    PlaceOffers(VisitationRecords records, FamilyInterventionProcess process) {
        this(records::waiting, process::offerPlace);
    }

    /** The queue of a district, and how a place is offered to a case. */
    public PlaceOffers(Function<String, List<VisitationRecords.WaitingFamily>> waiting, Consumer<String> offer) {
        this.waiting = waiting;
        this.offer = offer;
    }

    @EventListener
    public void placeFreed(CaseLifecycle.PlaceFreed freed) {
        waiting.apply(freed.district()).stream().findFirst().ifPresent(next -> offer.accept(next.caseNumber()));
    }
}
