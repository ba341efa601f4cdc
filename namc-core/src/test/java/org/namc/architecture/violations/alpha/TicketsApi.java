package org.namc.architecture.violations.alpha;

import java.util.List;
import org.namc.architecture.violations.alpha.domain.Ticket;
import org.namc.architecture.violations.alpha.domain.TicketNumber;
import org.namc.architecture.violations.alpha.internal.AlphaServiceImpl;

/** Rule 10: returns an aggregate, also inside a generic type; rule 9: takes an internal type. */
public interface TicketsApi {
    Ticket issue(TicketNumber number);

    List<Ticket> tickets();

    TicketNumber lastNumber();

    void configure(AlphaServiceImpl service);
}
