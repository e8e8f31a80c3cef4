package org.cypf.familysupport.familyhub.application;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.cypf.familysupport.api.familyhub.FamilyHubOpeningTime;
import org.cypf.familysupport.api.familyhub.FamilyHubOpeningTimes;
import org.cypf.familysupport.api.familyhub.FamilyHubView;
import org.cypf.familysupport.api.familyhub.FamilyHubs;
import org.cypf.familysupport.api.familyhub.RecordFamilyHubOpeningTimes;
import org.cypf.familysupport.familyhub.domain.FamilyHub;
import org.cypf.familysupport.familyhub.domain.OpeningTime;
import org.cypf.familysupport.familyhub.port.FamilyHubRegister;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * Family Hubs and their opening times: places, not people, so no access decision and no access audit; a change of
 * opening times keeps who made it.
 */
public final class FamilyHubDirectory implements FamilyHubs {
    private final UnitOfWork unitOfWork;
    private final FamilyHubRegister register;
    private final Clock clock;

    public FamilyHubDirectory(UnitOfWork unitOfWork, FamilyHubRegister register, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.register = register;
        this.clock = clock;
    }

    @Override
    public Page<FamilyHubView> familyHubs(Slice slice) {
        return unitOfWork.inTransaction(() -> register.page(slice)
                .map(h -> new FamilyHubView(h.id(), h.name(), h.postcode().value(), h.openedOn())));
    }

    @Override
    public FamilyHubOpeningTimes openingTimes(UUID hubId) {
        return unitOfWork.inTransaction(() -> {
            FamilyHub hub = register.hub(hubId, false).orElseThrow(() -> noHub(hubId));
            return view(hub, register.openingTimes(hubId));
        });
    }

    @Override
    public FamilyHubOpeningTimes recordOpeningTimes(String recordedBy, RecordFamilyHubOpeningTimes command) {
        Objects.requireNonNull(recordedBy, "opening times name who recorded them");
        List<OpeningTime> times = OpeningTime.of(command.openingTimes().stream() // refused here, before anything is read
                .map(t -> new OpeningTime.Given(t.byday(), t.opensAt(), t.closesAt(), t.validFrom(), t.validTo(),
                        t.description())).toList());
        return unitOfWork.inTransaction(() -> {
            FamilyHub hub = register.hub(command.hubId(), true).orElseThrow(() -> noHub(command.hubId()));
            register.replaceOpeningTimes(hub.id(), times, recordedBy, clock.instant());
            return view(hub, register.openingTimes(hub.id()));
        });
    }

    private static NotFound noHub(UUID hubId) {
        return new NotFound("no Family Hub " + hubId);
    }

    private static FamilyHubOpeningTimes view(FamilyHub hub, List<OpeningTime> times) {
        return new FamilyHubOpeningTimes(hub.id(), hub.name(), hub.postcode().value(), times.stream()
                .map(t -> new FamilyHubOpeningTimes.Schedule(t.scheduleId(), new FamilyHubOpeningTime(t.byday(),
                        t.opensAtText(), t.closesAtText(), t.validFrom().orElse(null), t.validTo().orElse(null),
                        t.description().orElse(null))))
                .toList());
    }
}
