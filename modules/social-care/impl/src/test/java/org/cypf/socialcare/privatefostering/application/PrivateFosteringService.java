package org.cypf.socialcare.privatefostering.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.kernel.change.RecordChanges;
import org.cypf.kernel.event.IntegrationEvents;
import org.cypf.kernel.transaction.UnitOfWork;
import org.cypf.socialcare.api.event.PrivateFosteringEnded;
import org.cypf.socialcare.api.privatefostering.ArrangementView;
import org.cypf.socialcare.api.privatefostering.EndArrangement;
import org.cypf.socialcare.api.privatefostering.NotifyArrangement;
import org.cypf.socialcare.api.privatefostering.PrivateFostering;
import org.cypf.socialcare.privatefostering.domain.PrivateFosteringArrangement;
import org.cypf.socialcare.privatefostering.port.PrivateFosteringArrangements;
import org.cypf.socialcare.shared.application.ChildrenReferred;
import org.cypf.socialcare.shared.port.Children;

/**
 * Private fostering arrangements: each use case in one unit of work through the change template, authorised and
 * audited; an arrangement that ends is published as {@link PrivateFosteringEnded}.
 */
public final class PrivateFosteringService implements PrivateFostering {
    private final ChildrenReferred children;
    private final ContextRecordAccess access;
    private final Clock clock;
    private final RecordChanges<UUID, PrivateFosteringArrangement> arrangements;

    public PrivateFosteringService(UnitOfWork unitOfWork, Children children, PrivateFosteringArrangements store,
                                   ContextRecordAccess access, IntegrationEvents events, Clock clock) {
        this.children = new ChildrenReferred(children);
        this.access = access;
        this.clock = clock;
        this.arrangements = new RecordChanges<>(
                unitOfWork, events, "the private fostering arrangement",
                store::find, store::add, store::update,
                event -> event instanceof PrivateFosteringArrangement.Ended(var a)
                        ? List.of(new PrivateFosteringEnded(a.childId().toString(), a.id(), a.end()))
                        : List.of());
    }

    @Override
    public ArrangementView notifyArrangement(Caller caller, NotifyArrangement command) {
        LocalDate today = LocalDate.now(clock);
        return arrangements.create(() -> children.about(command.child(), today, child -> {
            access.authorise(caller, new RecordIntent("private-fostering", RecordAction.CREATE,
                    "recording a private fostering notification"), child.id());
            return PrivateFosteringArrangement.notified(UUID.randomUUID(), child, command.startDate(), today);
        }), PrivateFosteringService::view);
    }

    @Override
    public ArrangementView end(Caller caller, EndArrangement command) {
        return arrangements.change(command.arrangementId(), command.version(),
                a -> access.authorise(caller, new RecordIntent("private-fostering", RecordAction.UPDATE,
                        "recording that a private fostering arrangement ended"), a.childId()),
                a -> a.endOn(command.endDate(), LocalDate.now(clock)),
                PrivateFosteringService::view);
    }

    private static ArrangementView view(PrivateFosteringArrangement a) {
        return new ArrangementView(a.id(), a.childId().toString(), a.start(), a.end(), a.version());
    }
}
