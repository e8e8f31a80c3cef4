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
import org.cypf.familysupport.api.familyhub.RegisterFamilyHub;
import org.cypf.familysupport.api.familyhub.ReviseFamilyHub;
import org.cypf.familysupport.familyhub.domain.FamilyHub;
import org.cypf.familysupport.familyhub.domain.OpeningTime;
import org.cypf.familysupport.familyhub.port.FamilyHubRegister;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * Family Hubs and their opening times: places, not people, so reading them needs no caller. Registering a hub,
 * changing it or recording its opening times changes what every family is told, so the access port decides whether
 * the caller's role may (record type {@value #RECORD}, a create or an update: the directory manager's, ADR 0086) and
 * audits it, naming no child; the times keep who recorded them.
 */
public final class FamilyHubDirectory implements FamilyHubs {
    /** The record type the access policy names for a hub's opening times (governance/roles.yaml). */
    public static final String RECORD = "family-hub";

    private final UnitOfWork unitOfWork;
    private final FamilyHubRegister register;
    private final ContextRecordAccess access;
    private final Clock clock;

    public FamilyHubDirectory(UnitOfWork unitOfWork, FamilyHubRegister register, ContextRecordAccess access,
                              Clock clock) {
        this.unitOfWork = unitOfWork;
        this.register = register;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public Page<FamilyHubView> familyHubs(String locality, Slice slice) {
        String serving = locality == null ? null : locality.strip();
        if (serving != null && (serving.isEmpty() || serving.length() > FamilyHub.MAX_LOCALITY)) {
            throw InvalidInput.of("locality", "must be a locality's name of 1 to " + FamilyHub.MAX_LOCALITY
                    + " characters");
        }
        return unitOfWork.inSnapshot(() -> register.page(serving, slice)
                .map(FamilyHubDirectory::view));
    }

    @Override
    public FamilyHubView familyHub(UUID hubId) {
        return unitOfWork.inSnapshot(() -> view(register.hub(hubId, false).orElseThrow(() -> noHub(hubId))));
    }

    @Override
    public FamilyHubOpeningTimes openingTimes(UUID hubId) {
        return unitOfWork.inTransaction(() -> {
            FamilyHub hub = register.hub(hubId, false).orElseThrow(() -> noHub(hubId));
            return view(hub, register.openingTimes(hubId));
        });
    }

    @Override
    public FamilyHubOpeningTimes recordOpeningTimes(Caller caller, RecordFamilyHubOpeningTimes command) {
        Objects.requireNonNull(caller, "opening times name who recorded them");
        List<OpeningTime> times = OpeningTime.of(command.openingTimes().stream() // refused here, before anything is read
                .map(t -> new OpeningTime.Given(t.byday(), t.opensAt(), t.closesAt(), t.validFrom(), t.validTo(),
                        t.description())).toList());
        return unitOfWork.inTransaction(() -> {
            // Decided and audited before the hub is looked up: a caller who may not record is refused alike whether
            // or not the hub exists. A decision about no child: the audit row names the record type alone.
            access.authoriseAll(caller, new RecordIntent(RECORD, RecordAction.UPDATE,
                    "recording a Family Hub's opening times"), List.of());
            FamilyHub hub = register.hub(command.hubId(), true).orElseThrow(() -> noHub(command.hubId()));
            register.replaceOpeningTimes(hub.id(), times, caller.userId(), clock.instant());
            return view(hub, register.openingTimes(hub.id()));
        });
    }

    @Override
    public FamilyHubView registerHub(Caller caller, RegisterFamilyHub command) {
        Objects.requireNonNull(caller, "a hub is registered by someone");
        FamilyHub hub = FamilyHub.described(UUID.randomUUID(), command.name(), command.postcode(), command.locality(),
                command.openedOn(), 0); // refused here, before anything is decided
        return unitOfWork.inTransaction(() -> {
            access.authoriseAll(caller, new RecordIntent(RECORD, RecordAction.CREATE, "registering a Family Hub"),
                    List.of());
            register.add(hub);
            return view(hub);
        });
    }

    @Override
    public FamilyHubView reviseHub(Caller caller, ReviseFamilyHub command) {
        Objects.requireNonNull(caller, "a hub is changed by someone");
        FamilyHub revised = FamilyHub.described(command.hubId(), command.name(), command.postcode(),
                command.locality(), command.openedOn(), command.version() + 1);
        return unitOfWork.inTransaction(() -> {
            // decided before the hub is looked up, as the opening times are: refused alike, hub or no hub
            access.authoriseAll(caller, new RecordIntent(RECORD, RecordAction.UPDATE, "changing a Family Hub"),
                    List.of());
            FamilyHub hub = register.hub(command.hubId(), true).orElseThrow(() -> noHub(command.hubId()));
            if (hub.version() != command.version()) {
                throw new StaleVersion("the Family Hub", command.version());
            }
            register.update(revised, command.version());
            return view(revised);
        });
    }

    private static FamilyHubView view(FamilyHub h) {
        return new FamilyHubView(h.id(), h.name(), h.postcode().value(), h.locality(), h.openedOn(), h.version());
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
